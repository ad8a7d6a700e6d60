package com.example.reminderskill.messaging;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A skill's Login with Amazon client credentials for Skill Messaging, as the developer console's
 * Permissions page or {@code ask smapi get-skill-credentials} shows them. {@link #toString()} and
 * every error leave the secret out, so it never reaches a log line or a terminal.
 */
public record SkillMessagingCredentials(String clientId, String clientSecret) {

    public static final String CLIENT_ID_VARIABLE = "SKILL_MESSAGING_CLIENT_ID";
    public static final String CLIENT_SECRET_VARIABLE = "SKILL_MESSAGING_CLIENT_SECRET";

    /** A credentials file is a few hundred bytes; anything much larger is the wrong file. */
    private static final long MAX_FILE_BYTES = 64 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** @throws IllegalArgumentException when either value is blank (naming which, never showing it) */
    public SkillMessagingCredentials {
        requireText(clientId, "clientId");
        requireText(clientSecret, "clientSecret");
    }

    @Override
    public String toString() {
        return "SkillMessagingCredentials[clientId=" + clientId + ", clientSecret=****]";
    }

    /**
     * The credentials in {@value #CLIENT_ID_VARIABLE} and {@value #CLIENT_SECRET_VARIABLE}.
     *
     * @return empty when neither is set
     * @throws IllegalArgumentException when only one of the two is set
     */
    public static Optional<SkillMessagingCredentials> fromEnvironment() {
        return fromEnvironment(System::getenv);
    }

    /**
     * {@link #fromEnvironment()} on the given variables ({@code System::getenv} in production), so
     * a caller or a test need not change the process's environment.
     */
    public static Optional<SkillMessagingCredentials> fromEnvironment(UnaryOperator<String> environment) {
        Optional<String> clientId =
                Optional.ofNullable(environment.apply(CLIENT_ID_VARIABLE)).filter(value -> !value.isBlank());
        Optional<String> clientSecret =
                Optional.ofNullable(environment.apply(CLIENT_SECRET_VARIABLE)).filter(value -> !value.isBlank());
        if (clientId.isEmpty() && clientSecret.isEmpty()) {
            return Optional.empty();
        }
        if (clientId.isEmpty() || clientSecret.isEmpty()) {
            String missing = clientId.isEmpty() ? CLIENT_ID_VARIABLE : CLIENT_SECRET_VARIABLE;
            String present = clientId.isEmpty() ? CLIENT_SECRET_VARIABLE : CLIENT_ID_VARIABLE;
            throw new IllegalArgumentException(present + " is set but " + missing + " is not: set both, or neither");
        }
        return Optional.of(new SkillMessagingCredentials(clientId.get(), clientSecret.get()));
    }

    /**
     * Reads {@code {"clientId", "clientSecret"}}, or what {@code ask smapi get-skill-credentials}
     * writes: {@code {"skillMessagingCredentials": {"clientId", "clientSecret"}}}.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it, never the secret
     */
    public static SkillMessagingCredentials fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        JsonNode root = readJson(file);
        if (!root.isObject()) {
            throw new IllegalArgumentException(
                    file + ": credentials must be a JSON object with clientId and clientSecret");
        }
        JsonNode credentials = root;
        String where = "";
        if (root.has("skillMessagingCredentials")) {
            credentials = root.get("skillMessagingCredentials");
            where = "skillMessagingCredentials.";
            if (!credentials.isObject()) {
                throw new IllegalArgumentException(
                        file + ": skillMessagingCredentials must be an object with clientId and clientSecret");
            }
        }
        return new SkillMessagingCredentials(
                text(file, credentials, where, "clientId"), text(file, credentials, where, "clientSecret"));
    }

    private static JsonNode readJson(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException(
                        file + ": larger than " + MAX_FILE_BYTES + " bytes; not a credentials file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            // Jackson's own message may quote the text around the error, which may be the secret.
            JsonLocation location = e.getLocation();
            String at = location == null
                    ? ""
                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            throw new IllegalArgumentException(file + ": not JSON" + at);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String text(Path file, JsonNode credentials, String where, String field) {
        JsonNode value = credentials.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException(file + ": " + where + field + " is missing");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(file + ": " + where + field + " must be a non-blank string");
        }
        return value.asText();
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
