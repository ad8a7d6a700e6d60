package com.example.reminderskill.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zip {@code ask deploy} uploads as the function's code, built after {@code package} as the ASK
 * CLI builds it: with no build file in the code folder ({@code lambda/}), it zips every file in it,
 * hidden ones too. It must hold the deployment jar and nothing that is not meant to leave the machine.
 */
class LambdaZipIT {

    private static final Path JAR = Path.of(System.getProperty("deployment.jar", "lambda/lib/reminder-skill.jar"));
    private static final String JAR_ENTRY = "lib/reminder-skill.jar";
    /** Lambda's limits for a .zip deployment package: uploaded directly, and unzipped (function and layers). */
    private static final long DIRECT_UPLOAD_LIMIT = 50L * 1024 * 1024;

    private static final long UNZIPPED_LIMIT = 250L * 1024 * 1024;

    /** File names that hold credentials or keys, and the ASK CLI's own state. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "\\.env.*|.*\\.pem|.*\\.key|.*\\.p12|.*\\.pfx|.*\\.jks|.*\\.keystore|credentials([._-].*)?|ask-states\\.json"
                    + "|id_(rsa|dsa|ecdsa|ed25519).*");

    private static final Pattern TEXT_RESOURCE = Pattern.compile(".*\\.(properties|json|yaml|yml|txt|xml|conf)");
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----");
    private static final Pattern AWS_ACCESS_KEY_ID = Pattern.compile("AKIA[0-9A-Z]{16}");
    private static final Pattern AWS_SECRET_KEY_SETTING =
            Pattern.compile("aws_secret_access_key", Pattern.CASE_INSENSITIVE);

    @TempDir
    Path dir;

    @Test
    void theZipAskDeployUploads_holdsTheDeploymentJar_andNothingElseButReadmes() throws IOException {
        Path codeFolder = codeFolder();
        assertThat(JAR).as("the deployment jar mvn package writes").isRegularFile();
        assertThat(Files.isSameFile(JAR, codeFolder.resolve(JAR_ENTRY)))
                .as("the jar is where the zip takes it from")
                .isTrue();
        // A build file in the code folder, or a hooks/build.sh beside ask-resources.json, replaces the plain zip with a
        // build.
        for (String buildFile : List.of("pom.xml", "build.gradle", "package.json", "requirements.txt")) {
            assertThat(codeFolder.resolve(buildFile)).doesNotExist();
        }
        assertThat(Path.of("hooks", "build.sh")).doesNotExist();

        Path zip = zipAsTheAskCliDoes(codeFolder, dir.resolve("build.zip"));
        List<String> names = new ArrayList<>();
        long unzipped = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                unzipped += entry.getSize();
            }
        }
        System.out.printf(
                "LambdaZipIT: %s zips to %,d bytes (%,d unzipped) in %d entries: %s%n",
                codeFolder, Files.size(zip), unzipped, names.size(), names);

        assertThat(names)
                .as("secrets or ASK CLI state in the code folder")
                .noneMatch(name -> SECRET_NAME.matcher(baseName(name)).matches() || ("/" + name).contains("/.ask/"));
        assertThat(names).contains(JAR_ENTRY);
        assertThat(names)
                .as("what the zip holds: the Lambda runtime puts lib/*.jar on the classpath")
                .allMatch(name ->
                        name.matches("lib/[^/]+\\.jar") || name.equals("README.md") || name.endsWith("/README.md"));
        assertThat(names.stream().filter(name -> name.startsWith("lib/")))
                .as("jars in lib/ besides the build's are stale and would be deployed beside it")
                .containsExactly(JAR_ENTRY);
        assertThat(Files.size(zip)).isLessThan(DIRECT_UPLOAD_LIMIT);
        assertThat(unzipped).isLessThan(UNZIPPED_LIMIT);
    }

    @Test
    void theDeploymentJar_isTheCommandLine_holdsTheLambdaHandler_andCarriesNoSecret() throws IOException {
        List<String> findings = new ArrayList<>();
        int entries = 0;
        int textResources = 0;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo("com.example.reminderskill.cli.Main");
            assertThat(jar.getEntry("com/example/reminderskill/skill/LambdaHandler.class"))
                    .isNotNull();
            for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements(); ) {
                JarEntry entry = all.nextElement();
                entries++;
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (!name.endsWith(".class")
                        && (SECRET_NAME.matcher(baseName(name)).matches() || ("/" + name).contains("/.ask/"))) {
                    findings.add(name + ": a key, credentials or ASK CLI state file");
                }
                if (TEXT_RESOURCE.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                    textResources++;
                    String text;
                    try (InputStream in = jar.getInputStream(entry)) {
                        text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                    }
                    if (PRIVATE_KEY.matcher(text).find()) {
                        findings.add(name + ": a private key");
                    }
                    if (AWS_ACCESS_KEY_ID.matcher(text).find()) {
                        findings.add(name + ": an AWS access key id");
                    }
                    if (AWS_SECRET_KEY_SETTING.matcher(text).find()) {
                        findings.add(name + ": an aws_secret_access_key setting");
                    }
                }
            }
        }
        System.out.printf(
                "LambdaZipIT: %s holds %,d entries (%,d bytes), %,d text resources scanned%n",
                JAR, entries, Files.size(JAR), textResources);

        assertThat(findings).isEmpty();
        assertThat(textResources).as("text resources scanned").isPositive();
    }

    /** The code folder ask-resources.json names. */
    private static Path codeFolder() throws IOException {
        String src = new ObjectMapper()
                .readTree(Path.of("ask-resources.json").toFile())
                .path("profiles")
                .path("default")
                .path("code")
                .path("default")
                .path("src")
                .asText();
        assertThat(src).isNotBlank();
        return Path.of(src).normalize();
    }

    /** Every regular file under the folder, hidden ones too, by its path relative to it. */
    private static Path zipAsTheAskCliDoes(Path folder, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Path file : files) {
                zipOut.putNextEntry(
                        new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zipOut);
                zipOut.closeEntry();
            }
        }
        return zip;
    }

    private static String baseName(String entryName) {
        String trimmed = entryName.endsWith("/") ? entryName.substring(0, entryName.length() - 1) : entryName;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
