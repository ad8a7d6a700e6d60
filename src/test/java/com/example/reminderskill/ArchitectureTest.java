package com.example.reminderskill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of {@code docs/architecture.md}, checked on the main classes: a change that
 * adds a package cycle or reaches across a layer fails here, with the offending dependency named.
 */
class ArchitectureTest {

    private static final String ROOT = "com.example.reminderskill";

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void onlyTheLocalRunnerAndPrimingReachTheEmulator() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + ".emulator..", ROOT + ".cli..")
                .and()
                .doNotHaveFullyQualifiedName(ROOT + ".skill.SkillPriming")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".emulator..")
                .because("the emulator is for local runs; on Lambda only priming uses it, on loopback")
                .check(main);
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".cli..")
                .check(main);
    }

    @Test
    void wrappersAndStoreNeverBuildSpeech() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".alerts..", ROOT + ".messaging..", ROOT + ".store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".skill..", ROOT + ".emulator..")
                .because("wrappers speak HTTP to Alexa and the store keeps state; speech is the skill's")
                .check(main);
    }

    @Test
    void infrastructureKnowsNoAlexaSkillOrStore() {
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".http..", ROOT + ".retry..", ROOT + ".lazy..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        ROOT + ".alerts..",
                        ROOT + ".messaging..",
                        ROOT + ".store..",
                        ROOT + ".skill..",
                        ROOT + ".emulator..",
                        ROOT + ".cli..")
                .because("http, retry and lazy serve every package, so they depend on none of them")
                .check(main);
    }

    @Test
    void onlyTheEntryPointKnowsLambdaAndSnapStart() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".skill")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.amazonaws.services.lambda..", "org.crac..")
                .because("handlers and wrappers run the same in a Lambda function, a test and the local runner")
                .check(main);
    }

    @Test
    void handlersNeverSpeakHttp() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".skill..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.net.http..", "com.sun.net.httpserver..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.net.HttpURLConnection")
                .because("wrappers are the only place that speaks HTTP to Alexa")
                .check(main);
    }

    @Test
    void handlersAreFinalTopLevelClasses() {
        classes()
                .that()
                .implement(RequestHandler.class)
                .and()
                .resideInAPackage(ROOT + ".skill.handlers..")
                .should()
                .haveModifier(JavaModifier.FINAL)
                .andShould()
                .beTopLevelClasses()
                .because("a search for a handler's name finds its file, and no template hierarchy hides its steps")
                .check(main);
    }
}
