package com.example.reminderskill.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.example.reminderskill.skill.SkillSettings;
import com.example.reminderskill.store.DynamoDbSkillStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;

/**
 * The CloudFormation template that {@code ask deploy} hands to the ASK CLI's {@code @ask-cli/cfn-deployer},
 * read as CloudFormation reads it, against what the deployer passes and what the code needs; and
 * {@code ask-resources.json}, which points the deployer at it. {@code infrastructure/lint.sh} (run by
 * {@code mvn verify}) checks the template against the resource schemas; this checks its meaning.
 */
class SkillStackTemplateTest {

    private static final Path TEMPLATE = Path.of("infrastructure", "cfn-deployer", "skill-stack.yaml");
    private static final Path ASK_RESOURCES = Path.of("ask-resources.json");
    private static final Path SKILL_MANIFEST = Path.of("skill-package", "skill.json");
    private static final Path STORE_SOURCE =
            Path.of("src", "main", "java", "com", "example", "reminderskill", "store", "DynamoDbSkillStore.java");

    /** What the cfn-deployer passes on every deploy (its _mapStackParameters); CloudFormation rejects undeclared ones. */
    private static final Set<String> DEPLOYER_PARAMETERS =
            Set.of("SkillId", "LambdaRuntime", "LambdaHandler", "CodeBucket", "CodeKey", "CodeVersion");

    private static final Set<String> PSEUDO_PARAMETERS = Set.of(
            "AWS::AccountId",
            "AWS::NotificationARNs",
            "AWS::NoValue",
            "AWS::Partition",
            "AWS::Region",
            "AWS::StackId",
            "AWS::StackName",
            "AWS::URLSuffix");
    /** CreateStack's limit for a template passed in the request body, as the cfn-deployer passes it. */
    private static final int TEMPLATE_BODY_LIMIT = 51_200;

    private static final int FUNCTION_NAME_LIMIT = 64;
    private static final int STACK_NAME_LIMIT = 128;
    private static final int LOG_GROUP_NAME_LIMIT = 512;
    /** The longest skill name the developer console takes. */
    private static final int LONGEST_SKILL_NAME = 50;
    /** Alexa waits 8 seconds for the skill's answer. */
    private static final int ALEXA_DEADLINE_SECONDS = 8;

    private static final Set<Integer> LOG_RETENTION_DAYS = Set.of(
            1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);
    /** DynamoDB client calls whose IAM actions are not simply their own name: a person decides their permissions. */
    private static final Set<String> CALLS_WITHOUT_A_SIMPLE_ACTION = Set.of(
            "transactWriteItems",
            "transactGetItems",
            "executeStatement",
            "batchExecuteStatement",
            "executeTransaction");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String templateText;
    private static Map<String, Object> template;

    @BeforeAll
    static void readTemplate() throws IOException {
        templateText = Files.readString(TEMPLATE);
        template = CloudFormationYaml.load(templateText);
    }

    // ---------------------------------------------------------------- the YAML reading itself

    @Test
    void shortTags_becomeTheLongFormsCloudFormationReads() {
        Map<String, Object> parsed = CloudFormationYaml.load("""
                ref: !Ref Thing
                getAttScalar: !GetAtt Table.StreamSpecification.StreamArn
                getAttList: !GetAtt [Table, Arn]
                sub: !Sub "${AWS::StackName}-skill"
                subWithVariables: !Sub ["${A}-x", {A: !Ref Thing}]
                join: !Join [",", [a, !Ref Thing]]
                if: !If [IsProd, !Ref Thing, !Ref "AWS::NoValue"]
                equals: !Equals [!Ref Stage, prod]
                select: !Select [0, !GetAZs ""]
                getAZsEmpty: !GetAZs
                split: !Split [",", !ImportValue Exported]
                findInMap: !FindInMap [Sizes, !Ref "AWS::Region", Memory]
                base64: !Base64 "text"
                not: !Not [!Condition IsProd]
                and: !And [!Condition IsProd, !Condition IsBig]
                or: !Or [!Condition IsProd, !Equals [a, b]]
                cidr: !Cidr [10.0.0.0/16, 4, 8]
                length: !Length [a, b]
                toJsonString: !ToJsonString {a: 1}
                transform: !Transform {Name: "AWS::Include", Parameters: {Location: "s3://b/k"}}
                plain: {Timeout: 8, Enabled: true, Version: "2012-10-17"}
                """);

        assertThat(parsed)
                .containsEntry("ref", ref("Thing"))
                .containsEntry("getAttScalar", getAtt("Table", "StreamSpecification.StreamArn"))
                .containsEntry("getAttList", getAtt("Table", "Arn"))
                .containsEntry("sub", Map.of("Fn::Sub", "${AWS::StackName}-skill"))
                .containsEntry("subWithVariables", Map.of("Fn::Sub", List.of("${A}-x", Map.of("A", ref("Thing")))))
                .containsEntry("join", Map.of("Fn::Join", List.of(",", List.of("a", ref("Thing")))))
                .containsEntry("if", Map.of("Fn::If", List.of("IsProd", ref("Thing"), ref("AWS::NoValue"))))
                .containsEntry("equals", Map.of("Fn::Equals", List.of(ref("Stage"), "prod")))
                .containsEntry("select", Map.of("Fn::Select", List.of(0, Map.of("Fn::GetAZs", ""))))
                .containsEntry("getAZsEmpty", Map.of("Fn::GetAZs", ""))
                .containsEntry("split", Map.of("Fn::Split", List.of(",", Map.of("Fn::ImportValue", "Exported"))))
                .containsEntry("findInMap", Map.of("Fn::FindInMap", List.of("Sizes", ref("AWS::Region"), "Memory")))
                .containsEntry("base64", Map.of("Fn::Base64", "text"))
                .containsEntry("not", Map.of("Fn::Not", List.of(Map.of("Condition", "IsProd"))))
                .containsEntry(
                        "and", Map.of("Fn::And", List.of(Map.of("Condition", "IsProd"), Map.of("Condition", "IsBig"))))
                .containsEntry(
                        "or",
                        Map.of(
                                "Fn::Or",
                                List.of(Map.of("Condition", "IsProd"), Map.of("Fn::Equals", List.of("a", "b")))))
                .containsEntry("cidr", Map.of("Fn::Cidr", List.of("10.0.0.0/16", 4, 8)))
                .containsEntry("length", Map.of("Fn::Length", List.of("a", "b")))
                .containsEntry("toJsonString", Map.of("Fn::ToJsonString", Map.of("a", 1)))
                .containsEntry(
                        "transform",
                        Map.of(
                                "Fn::Transform",
                                Map.of("Name", "AWS::Include", "Parameters", Map.of("Location", "s3://b/k"))))
                .containsEntry("plain", Map.of("Timeout", 8, "Enabled", true, "Version", "2012-10-17"));
    }

    @Test
    void anUnknownTag_isAnError_notAString() {
        assertThatThrownBy(() -> CloudFormationYaml.load("a: !GetAttr Table.Arn"))
                .hasMessageContaining("!GetAttr");
    }

    @Test
    void referenceCheck_findsNamesThatNameNothing() {
        Map<String, Object> broken = CloudFormationYaml.load("""
                Parameters: {Stage: {Type: String}}
                Resources:
                  Thing:
                    Type: AWS::SQS::Queue
                    DependsOn: [Missing1]
                    Properties:
                      A: !Ref Stage
                      B: !Ref Missing2
                      C: !GetAtt Missing3.Arn
                      D: !Sub "${AWS::Region}-${Thing.Arn}-${Missing4}-${Missing5.Arn}-${!Literal}-${Local}"
                      E: !Sub ["${Local}", {Local: !Ref "AWS::NoValue"}]
                      F: !GetAtt Stage.Arn
                """);

        assertThat(unknownReferences(broken))
                .containsExactlyInAnyOrder(
                        "Missing1", "Missing2", "Missing3", "Missing4", "Missing5", "Local", "Stage");
    }

    // ---------------------------------------------------------------- the template

    @Test
    void template_fitsTheRequestBodyTheDeployerSendsItIn() {
        assertThat(templateText.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(TEMPLATE_BODY_LIMIT);
        assertThat(template)
                .containsEntry("AWSTemplateFormatVersion", "2010-09-09")
                .containsKeys("Resources", "Outputs");
    }

    @Test
    void parameters_areTheSixTheDeployerPasses_andNoOtherLacksADefault() {
        Map<String, Object> parameters = map(template.get("Parameters"));

        assertThat(parameters).containsKeys(DEPLOYER_PARAMETERS.toArray(String[]::new));
        assertThat(parameters.entrySet().stream()
                        .filter(parameter -> !map(parameter.getValue()).containsKey("Default"))
                        .map(Map.Entry::getKey))
                .as("parameters without a Default that the deployer does not pass: a deploy could not set them")
                .allMatch(DEPLOYER_PARAMETERS::contains);
        // The deployer also passes SkillClientId and SkillClientSecret when the template's text names both.
        boolean namesSkillCredentials =
                templateText.contains("SkillClientId") && templateText.contains("SkillClientSecret");
        assertThat(parameters.containsKey("SkillClientId") && parameters.containsKey("SkillClientSecret"))
                .as("the deployer passes SkillClientId/SkillClientSecret exactly when the template's text names both")
                .isEqualTo(namesSkillCredentials);
    }

    @Test
    void function_runsTheDeployedCodeWithSnapStart_withinAlexasDeadline() throws IOException {
        Map<String, Object> function = properties(single("AWS::Lambda::Function"));

        assertThat(function)
                .containsEntry("Runtime", ref("LambdaRuntime"))
                .containsEntry("Handler", ref("LambdaHandler"))
                .containsEntry(
                        "Code",
                        Map.of(
                                "S3Bucket",
                                ref("CodeBucket"),
                                "S3Key",
                                ref("CodeKey"),
                                "S3ObjectVersion",
                                ref("CodeVersion")))
                .containsEntry("Role", getAtt(singleName("AWS::IAM::Role"), "Arn"))
                .containsEntry("SnapStart", Map.of("ApplyOn", "PublishedVersions"));
        assertThat(function.get("Timeout")).isInstanceOf(Integer.class);
        assertThat((Integer) function.get("Timeout")).isPositive().isLessThanOrEqualTo(ALEXA_DEADLINE_SECONDS);
        assertThat(function.get("MemorySize")).isInstanceOf(Integer.class);
        assertThat((Integer) function.get("MemorySize")).isGreaterThanOrEqualTo(512);
        assertThat(function).doesNotContainKeys("PackageType", "ImageUri");

        Map<String, Object> variables = map(map(function.get("Environment")).get("Variables"));
        assertThat(variables)
                .containsEntry("TABLE_NAME", ref(singleName("AWS::DynamoDB::Table")))
                .containsEntry(SkillSettings.SKILL_ID_VARIABLE, ref("SkillId"));
        assertThat(Files.readString(STORE_SOURCE))
                .as("the store reads its table from TABLE_NAME")
                .contains("\"TABLE_NAME\"");
        // Its logs go to the stack's log group, the one its role may write to.
        assertThat(map(function.get("LoggingConfig")))
                .containsEntry("LogGroup", ref(singleName("AWS::Logs::LogGroup")));
    }

    @Test
    void noNameIsDerivedFromTheStackName_beyondItsLimit_evenForTheLongestSkillName() throws IOException {
        // The deployer names the stack ask-<skill name>-<Alexa region>-skillStack-<epoch millis>, the skill name being
        // the en-US (else the first) locale's name in skill.json: a skill name past about 21 characters made
        // "${AWS::StackName}-skill" longer than Lambda's 64. So the function has no FunctionName (CloudFormation
        // names it within the limit), and the one name the template derives, the log group's, fits its own limit
        // for the longest skill name Alexa allows.
        Map<String, Object> function = properties(single("AWS::Lambda::Function"));
        assertThat(function)
                .as("FunctionName: CloudFormation's generated name always fits")
                .doesNotContainKey("FunctionName");

        JsonNode locales = JSON.readTree(SKILL_MANIFEST.toFile())
                .path("manifest")
                .path("publishingInformation")
                .path("locales");
        String locale = locales.has("en-US") ? "en-US" : locales.fieldNames().next();
        String skillName = locales.path(locale).path("name").asText().replaceAll("[^a-zA-Z0-9]", "");
        assertThat(skillName).isNotEmpty();
        Object logGroupName = properties(single("AWS::Logs::LogGroup")).get("LogGroupName");
        for (String name : List.of(skillName, "x".repeat(LONGEST_SKILL_NAME))) {
            for (String region : codeRegions()) {
                String stackName = "ask-" + name + "-" + region + "-skillStack-" + "1".repeat(13);
                assertThat(stackName).hasSizeLessThanOrEqualTo(STACK_NAME_LIMIT);
                String resolved = substitute(logGroupName, Map.of("AWS::StackName", stackName));
                assertThat(resolved)
                        .as("LogGroupName for stack %s", stackName)
                        .hasSizeLessThanOrEqualTo(LOG_GROUP_NAME_LIMIT)
                        .matches("[a-zA-Z0-9_/.#-]+");
            }
        }
        assertThat("ask-" + "x".repeat(LONGEST_SKILL_NAME) + "-default-skillStack-" + "1".repeat(13) + "-skill")
                .as("why FunctionName is gone")
                .hasSizeGreaterThan(FUNCTION_NAME_LIMIT);
    }

    @Test
    void resourcesReferToEachOtherWithoutACycle() {
        // E.g. a log group named after the function (!Sub /aws/lambda/${SkillFunction}) while the function's
        // LoggingConfig and its role's policy refer to the log group: CloudFormation refuses the template.
        Map<String, Set<String>> dependencies = new LinkedHashMap<>();
        resources().forEach((name, resource) -> {
            List<String> references = new ArrayList<>();
            collectReferences(resource, references);
            dependencies.put(
                    name,
                    references.stream()
                            .map(reference -> reference.split(":", 2))
                            .filter(kind -> Set.of("ref", "getatt", "resource").contains(kind[0])
                                    && resources().containsKey(kind[1]))
                            .map(kind -> kind[1])
                            .collect(Collectors.toCollection(TreeSet::new)));
        });
        Set<String> done = new TreeSet<>();
        for (String name : dependencies.keySet()) {
            visit(name, dependencies, new ArrayList<>(), done);
        }
        assertThat(done).isEqualTo(dependencies.keySet());
    }

    private static void visit(String name, Map<String, Set<String>> dependencies, List<String> path, Set<String> done) {
        if (done.contains(name)) {
            return;
        }
        assertThat(path).as("a cycle of references: %s -> %s", path, name).doesNotContain(name);
        path.add(name);
        dependencies.get(name).forEach(next -> visit(next, dependencies, path, done));
        path.remove(path.size() - 1);
        done.add(name);
    }

    @Test
    void aVersionIsPublishedForEachCode_andTheAliasPointsAtIt() {
        String function = singleName("AWS::Lambda::Function");
        String version = singleName("AWS::Lambda::Version");
        Map<String, Object> alias = properties(single("AWS::Lambda::Alias"));

        assertThat(properties(single("AWS::Lambda::Version"))).containsEntry("FunctionName", ref(function));
        assertThat(alias)
                .containsEntry("FunctionName", ref(function))
                .containsEntry("FunctionVersion", getAtt(version, "Version"))
                .containsKey("Name");
    }

    @Test
    void table_isTheOneTheStoreExpects_billedPerRequest_withTtlAndPointInTimeRecovery() {
        Map<String, Object> resource = single("AWS::DynamoDB::Table");
        Map<String, Object> table = properties(resource);
        CreateTableRequest expected = DynamoDbSkillStore.tableDefinition("any");
        String ttlAttribute = DynamoDbSkillStore.timeToLiveDefinition("any")
                .timeToLiveSpecification()
                .attributeName();

        assertThat(table)
                .containsEntry("BillingMode", "PAY_PER_REQUEST")
                .containsEntry(
                        "KeySchema",
                        List.of(
                                Map.of("AttributeName", "pk", "KeyType", "HASH"),
                                Map.of("AttributeName", "sk", "KeyType", "RANGE")))
                .containsEntry(
                        "AttributeDefinitions",
                        List.of(
                                Map.of("AttributeName", "pk", "AttributeType", "S"),
                                Map.of("AttributeName", "sk", "AttributeType", "S")))
                .containsEntry("TimeToLiveSpecification", Map.of("AttributeName", "expiresAt", "Enabled", true))
                .containsEntry("PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true))
                .doesNotContainKey("TableName");
        // ... and the same as the store's own definition, which its tests on dynalite use.
        assertThat(table.get("BillingMode")).isEqualTo(expected.billingModeAsString());
        assertThat(table.get("KeySchema"))
                .isEqualTo(expected.keySchema().stream()
                        .map(key -> Map.of("AttributeName", key.attributeName(), "KeyType", key.keyTypeAsString()))
                        .toList());
        assertThat(table.get("AttributeDefinitions"))
                .isEqualTo(expected.attributeDefinitions().stream()
                        .map(key -> Map.of(
                                "AttributeName", key.attributeName(), "AttributeType", key.attributeTypeAsString()))
                        .toList());
        assertThat(map(table.get("TimeToLiveSpecification"))).containsEntry("AttributeName", ttlAttribute);
        // What users asked the skill to keep survives a stack deletion or a replacement.
        assertThat(resource).containsEntry("DeletionPolicy", "Retain").containsEntry("UpdateReplacePolicy", "Retain");
    }

    @Test
    void role_grantsExactlyTheDynamoDbActionsTheStoreCalls_onItsTable_andLogWritesOnItsLogGroup() throws IOException {
        assertThat(resourcesOfType("AWS::IAM::Role")).hasSize(1);
        assertThat(resources().values().stream()
                        .map(resource -> (String) map(resource).get("Type"))
                        .filter(type -> type.startsWith("AWS::IAM::")))
                .containsOnly("AWS::IAM::Role");
        Map<String, Object> role = properties(single("AWS::IAM::Role"));
        // A named role would need CAPABILITY_NAMED_IAM; the deployer grants CAPABILITY_IAM only.
        assertThat(role).doesNotContainKeys("RoleName", "ManagedPolicyArns", "PermissionsBoundary");
        assertThat(statements(map(role.get("AssumeRolePolicyDocument"))))
                .singleElement()
                .satisfies(statement -> assertThat(statement)
                        .containsEntry("Effect", "Allow")
                        .containsEntry("Principal", Map.of("Service", "lambda.amazonaws.com"))
                        .containsEntry("Action", "sts:AssumeRole"));

        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : list(role.get("Policies"))) {
            statements.addAll(statements(map(map(policy).get("PolicyDocument"))));
        }
        Set<String> dynamoDbActions = new TreeSet<>();
        Set<String> logsActions = new TreeSet<>();
        Object table = getAtt(singleName("AWS::DynamoDB::Table"), "Arn");
        Object logGroup = getAtt(singleName("AWS::Logs::LogGroup"), "Arn");
        for (Map<String, Object> statement : statements) {
            assertThat(statement)
                    .containsEntry("Effect", "Allow")
                    .doesNotContainKeys("NotAction", "NotResource", "Condition");
            List<String> actions = strings(statement.get("Action"));
            List<Object> resources = list(statement.get("Resource"));
            assertThat(actions)
                    .as("actions of %s", statement)
                    .allSatisfy(action -> assertThat(action).doesNotContain("*"));
            assertThat(allStrings(statement.get("Resource")))
                    .as("resources of %s", statement)
                    .allSatisfy(resource -> assertThat(resource).doesNotContain("*"));
            if (actions.stream().allMatch(action -> action.startsWith("dynamodb:"))) {
                assertThat(resources).as("the DynamoDB actions' resources").containsExactly(table);
                dynamoDbActions.addAll(actions);
            } else if (actions.stream().allMatch(action -> action.startsWith("logs:"))) {
                assertThat(resources).as("the logs actions' resources").containsExactly(logGroup);
                logsActions.addAll(actions);
            } else {
                fail("a statement that mixes services or grants neither DynamoDB nor logs actions: " + statement);
            }
        }

        assertThat(dynamoDbActions)
                .as("the role's DynamoDB actions against the calls in %s", STORE_SOURCE)
                .isEqualTo(dynamoDbActionsTheStoreCalls());
        assertThat(logsActions).containsExactlyInAnyOrder("logs:CreateLogStream", "logs:PutLogEvents");
    }

    @Test
    void dynamoDbActionsTheStoreCalls_areFoundInItsSource() throws IOException {
        // The inference the role's check relies on: the store reads, queries, writes and batch-deletes.
        assertThat(dynamoDbActionsTheStoreCalls())
                .contains("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:BatchWriteItem");
    }

    @Test
    void logGroup_keepsItsLogsForAFixedTime() {
        Map<String, Object> logGroup = properties(single("AWS::Logs::LogGroup"));

        assertThat(logGroup.get("RetentionInDays")).isInstanceOf(Integer.class);
        assertThat(LOG_RETENTION_DAYS).contains((Integer) logGroup.get("RetentionInDays"));
    }

    @Test
    void onlyThisSkill_mayInvokeTheAlias() {
        Map<String, Object> permission = properties(single("AWS::Lambda::Permission"));

        assertThat(permission)
                .containsEntry("Principal", "alexa-appkit.amazon.com")
                .containsEntry("Action", "lambda:InvokeFunction")
                .containsEntry("EventSourceToken", ref("SkillId"))
                .containsEntry("FunctionName", ref(singleName("AWS::Lambda::Alias")));
    }

    @Test
    void skillEndpointOutput_isTheAlias_whichTheDeployerWritesIntoTheSkillManifest() {
        assertThat(map(map(template.get("Outputs")).get("SkillEndpoint")))
                .containsEntry("Value", ref(singleName("AWS::Lambda::Alias")));
    }

    @Test
    void everyRefGetAttAndSub_namesAParameterResourceOrPseudoParameterThatExists() {
        List<String> names = new ArrayList<>();
        collectReferences(template, names);

        assertThat(names).as("references found").hasSizeGreaterThanOrEqualTo(10);
        assertThat(unknownReferences(template)).isEmpty();
    }

    // ---------------------------------------------------------------- ask-resources.json

    @Test
    void askResources_pointsTheCfnDeployerAtThisTemplate_theCodeFolderAndARealHandler() throws Exception {
        JsonNode profile =
                JSON.readTree(ASK_RESOURCES.toFile()).path("profiles").path("default");
        JsonNode infrastructure = profile.path("skillInfrastructure");
        JsonNode userConfig = infrastructure.path("userConfig");
        Map<String, Object> parameters = map(template.get("Parameters"));

        assertThat(infrastructure.path("type").asText()).isEqualTo("@ask-cli/cfn-deployer");
        assertThat(profile.path("skillMetadata").path("src").asText()).isEqualTo("./skill-package");
        assertThat(profile.path("code").path("default").path("src").asText()).isEqualTo("./lambda");
        assertThat(Path.of("lambda", "pom.xml"))
                .as("a pom.xml in the code folder switches the ASK CLI to its own Maven build")
                .doesNotExist();
        assertThat(userConfig.path("runtime").asText())
                .isEqualTo("java21")
                .isEqualTo(map(parameters.get("LambdaRuntime")).get("Default"));
        String handler = userConfig.path("handler").asText();
        assertThat(handler)
                .isEqualTo(map(parameters.get("LambdaHandler")).get("Default"))
                .isEqualTo("com.example.reminderskill.skill.LambdaHandler::handleRequest");
        // ask deploy writes the SkillEndpoint output as events.endpoint too, and skillEvents' subscriptions
        // (SkillManifestTest).
        assertThat(userConfig.path("skillEvents").path("subscriptions").isArray())
                .as("userConfig.skillEvents.subscriptions")
                .isTrue();
        Path templatePath = Path.of(userConfig.path("templatePath").asText());
        assertThat(templatePath).isRegularFile();
        assertThat(templatePath.toRealPath()).isEqualTo(TEMPLATE.toRealPath());

        // The class Lambda loads (without running its static initialisation here) and the method it calls.
        String[] parts = handler.split("::");
        Class<?> handlerClass = Class.forName(parts[0], false, getClass().getClassLoader());
        assertThat(Modifier.isPublic(handlerClass.getModifiers()) && !Modifier.isAbstract(handlerClass.getModifiers()))
                .isTrue();
        assertThat(RequestStreamHandler.class).isAssignableFrom(handlerClass);
        assertThat(Modifier.isPublic(handlerClass.getConstructor().getModifiers()))
                .isTrue();
        Method method = handlerClass.getMethod(parts[1], InputStream.class, OutputStream.class, Context.class);
        assertThat(Modifier.isPublic(method.getModifiers())).isTrue();
    }

    // ---------------------------------------------------------------- reading the template

    private static Map<String, Object> resources() {
        return map(template.get("Resources"));
    }

    private static Map<String, Object> resourcesOfType(String type) {
        Map<String, Object> found = new LinkedHashMap<>();
        resources().forEach((name, resource) -> {
            if (type.equals(map(resource).get("Type"))) {
                found.put(name, resource);
            }
        });
        return found;
    }

    private static String singleName(String type) {
        Map<String, Object> found = resourcesOfType(type);
        assertThat(found.keySet()).as("resources of type %s", type).hasSize(1);
        return found.keySet().iterator().next();
    }

    private static Map<String, Object> single(String type) {
        return map(resources().get(singleName(type)));
    }

    private static Map<String, Object> properties(Map<String, Object> resource) {
        return map(resource.get("Properties"));
    }

    private static List<Map<String, Object>> statements(Map<String, Object> document) {
        assertThat(document).containsEntry("Version", "2012-10-17");
        return list(document.get("Statement")).stream()
                .map(SkillStackTemplateTest::map)
                .toList();
    }

    private static Map<String, Object> ref(String name) {
        return Map.of("Ref", name);
    }

    private static Map<String, Object> getAtt(String resource, String attribute) {
        return Map.of("Fn::GetAtt", List.of(resource, attribute));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> items ? (List<Object>) items : List.of(value);
    }

    private static List<String> strings(Object value) {
        List<Object> items = list(value);
        assertThat(items).allSatisfy(item -> assertThat(item).isInstanceOf(String.class));
        return items.stream().map(String.class::cast).toList();
    }

    /** Every string anywhere in a value, including those inside intrinsic functions. */
    private static List<String> allStrings(Object value) {
        List<String> found = new ArrayList<>();
        if (value instanceof String text) {
            found.add(text);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                found.add(String.valueOf(key));
                found.addAll(allStrings(item));
            });
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> found.addAll(allStrings(item)));
        }
        return found;
    }

    private static List<String> codeRegions() throws IOException {
        List<String> regions = new ArrayList<>();
        JSON.readTree(ASK_RESOURCES.toFile())
                .path("profiles")
                .path("default")
                .path("code")
                .fieldNames()
                .forEachRemaining(regions::add);
        assertThat(regions).isNotEmpty();
        return regions;
    }

    /** A name or a {@code !Sub} of pseudo parameters, resolved. */
    private static String substitute(Object value, Map<String, String> variables) {
        String text = value instanceof Map<?, ?> sub && sub.size() == 1 && sub.get("Fn::Sub") instanceof String format
                ? format
                : value instanceof String plain ? plain : null;
        assertThat(text).as("a plain name or a !Sub of one string: %s", value).isNotNull();
        Matcher matcher = Pattern.compile("\\$\\{([^}]+)}").matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            assertThat(variables).as("a value for ${%s}", name).containsKey(name);
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(variables.get(name)));
        }
        return matcher.appendTail(resolved).toString();
    }

    // ---------------------------------------------------------------- references

    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    /** The names that Ref, GetAtt, Sub, DependsOn and Condition use but nothing in the template declares. */
    private static Set<String> unknownReferences(Map<String, Object> document) {
        Set<String> parameters = document.get("Parameters") == null
                ? Set.of()
                : map(document.get("Parameters")).keySet();
        Set<String> resources = map(document.get("Resources")).keySet();
        Set<String> conditions = document.get("Conditions") == null
                ? Set.of()
                : map(document.get("Conditions")).keySet();
        List<String> references = new ArrayList<>();
        collectReferences(document, references);
        Set<String> unknown = new TreeSet<>();
        for (String reference : references) {
            String[] kind = reference.split(":", 2);
            String name = kind[1];
            boolean known = switch (kind[0]) {
                case "ref" -> parameters.contains(name) || resources.contains(name) || PSEUDO_PARAMETERS.contains(name);
                case "getatt", "resource" -> resources.contains(name);
                case "condition" -> conditions.contains(name);
                case "local" -> true;
                default -> throw new IllegalStateException(reference);
            };
            if (!known) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /** Adds "kind:name" for every reference under {@code node}: ref, getatt, resource (DependsOn), condition, local (a Sub's own variable). */
    private static void collectReferences(Object node, List<String> references) {
        if (node instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.containsKey("Ref") && map.get("Ref") instanceof String name) {
                references.add("ref:" + name);
                return;
            }
            if (map.size() == 1 && map.containsKey("Fn::GetAtt")) {
                Object target = map.get("Fn::GetAtt");
                String resource = target instanceof String dotted
                        ? dotted.split("\\.", 2)[0]
                        : String.valueOf(list(target).get(0));
                references.add("getatt:" + resource);
                return;
            }
            if (map.size() == 1 && map.containsKey("Fn::Sub")) {
                Object sub = map.get("Fn::Sub");
                String format = sub instanceof String text
                        ? text
                        : String.valueOf(list(sub).get(0));
                Map<String, Object> variables = sub instanceof String
                        ? Map.of()
                        : SkillStackTemplateTest.map(list(sub).get(1));
                Matcher matcher = SUB_VARIABLE.matcher(format);
                while (matcher.find()) {
                    String name = matcher.group(1);
                    if (name.startsWith("!")) {
                        continue; // ${!Literal} is literal text
                    }
                    if (variables.containsKey(name)) {
                        references.add("local:" + name);
                    } else if (name.contains(".") && !name.startsWith("AWS::")) {
                        references.add("getatt:" + name.split("\\.", 2)[0]);
                    } else {
                        references.add("ref:" + name);
                    }
                }
                variables.values().forEach(value -> collectReferences(value, references));
                return;
            }
            map.forEach((key, value) -> {
                if ("DependsOn".equals(key)) {
                    list(value).forEach(name -> references.add("resource:" + name));
                } else if ("Condition".equals(key) && value instanceof String name) {
                    references.add("condition:" + name);
                } else {
                    collectReferences(value, references);
                }
            });
        } else if (node instanceof Collection<?> items) {
            items.forEach(item -> collectReferences(item, references));
        }
    }

    // ---------------------------------------------------------------- what the store calls

    /**
     * The IAM actions of the DynamoDB client operations that the store's source calls: every
     * {@code .operation(} whose name is an operation of {@link DynamoDbClient} (a method returning a
     * response or a paginator), {@code queryPaginator} counting as {@code Query}.
     */
    private static Set<String> dynamoDbActionsTheStoreCalls() throws IOException {
        Set<String> operations = Arrays.stream(DynamoDbClient.class.getMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> method.getReturnType().getSimpleName().endsWith("Response")
                        || method.getReturnType().getSimpleName().endsWith("Iterable"))
                .map(Method::getName)
                .collect(Collectors.toSet());
        String source =
                Files.readString(STORE_SOURCE).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        Matcher call = Pattern.compile("\\.\\s*([a-z][A-Za-z]*)\\s*\\(").matcher(source);
        Set<String> actions = new TreeSet<>();
        while (call.find()) {
            String operation = call.group(1);
            if (!operations.contains(operation)) {
                continue;
            }
            assertThat(CALLS_WITHOUT_A_SIMPLE_ACTION)
                    .as("the store calls %s: decide its IAM actions and teach this test", operation)
                    .doesNotContain(operation);
            String action = operation.replaceFirst("Paginator$", "");
            actions.add("dynamodb:" + Character.toUpperCase(action.charAt(0)) + action.substring(1));
        }
        return actions;
    }

    // ---------------------------------------------------------------- CloudFormation's YAML

    /** SnakeYAML with CloudFormation's short-form tags read as their long forms, as CloudFormation does. */
    static final class CloudFormationYaml extends SafeConstructor {

        private static final List<String> FUNCTIONS = List.of(
                "Base64",
                "Cidr",
                "FindInMap",
                "GetAZs",
                "ImportValue",
                "Join",
                "Select",
                "Split",
                "Sub",
                "Transform",
                "If",
                "Equals",
                "Not",
                "And",
                "Or",
                "Length",
                "ToJsonString");

        private CloudFormationYaml() {
            super(new LoaderOptions());
            yamlConstructors.put(new Tag("!Ref"), new LongForm("Ref"));
            yamlConstructors.put(new Tag("!Condition"), new LongForm("Condition"));
            yamlConstructors.put(new Tag("!GetAtt"), new GetAtt());
            for (String function : FUNCTIONS) {
                yamlConstructors.put(new Tag("!" + function), new LongForm("Fn::" + function));
            }
        }

        static Map<String, Object> load(String yaml) {
            Object loaded = new Yaml(new CloudFormationYaml()).load(yaml);
            return map(loaded);
        }

        private Object value(Node node) {
            if (node instanceof ScalarNode scalar) {
                return constructScalar(scalar);
            }
            if (node instanceof SequenceNode sequence) {
                return constructSequence(sequence);
            }
            return constructMapping((MappingNode) node);
        }

        private final class LongForm extends AbstractConstruct {
            private final String key;

            LongForm(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                Map<String, Object> longForm = new LinkedHashMap<>();
                longForm.put(key, value(node));
                return longForm;
            }
        }

        /** {@code !GetAtt Resource.Attribute} is a scalar split on its first dot; the list form stays a list. */
        private final class GetAtt extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                Object target = value(node);
                if (target instanceof String dotted) {
                    String[] parts = dotted.split("\\.", 2);
                    target = parts.length == 2 ? List.of(parts[0], parts[1]) : List.of(dotted);
                }
                Map<String, Object> longForm = new LinkedHashMap<>();
                longForm.put("Fn::GetAtt", target);
                return longForm;
            }
        }
    }
}
