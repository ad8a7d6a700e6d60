package com.example.reminderskill.alerts;

import com.amazon.ask.model.services.Serializer;
import com.amazon.ask.model.services.SerializerException;
import com.amazon.ask.model.services.reminderManagement.GetReminderResponse;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Function;

/**
 * The SDK's {@link Serializer} for the Alexa API service clients, configured like the SDK's own
 * {@code JacksonSerializer} but tolerant where the service and its reference pages are:
 * timestamps such as {@code 2019-05-10T6:00:00.000}, the older page's get-one answer wrapped in
 * {@code alerts}, and error answers that are not JSON (HTML 500 pages), which become an error
 * object carrying a short excerpt instead of a crash.
 */
public final class AlertsSerializer implements Serializer {

    private static final int EXCERPT_LENGTH = 160;

    private final ObjectMapper mapper;

    public AlertsSerializer() {
        SimpleModule lenientTimes = new SimpleModule("lenient-alert-times")
                .addDeserializer(LocalDateTime.class, lenient(AlertTimes::parseLocalDateTime, LocalDateTime.class))
                .addDeserializer(OffsetDateTime.class, lenient(AlertTimes::parseOffsetDateTime, OffsetDateTime.class));
        this.mapper = new ObjectMapper()
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
                .registerModule(new JavaTimeModule())
                .registerModule(lenientTimes);
    }

    /** The JSON tree exactly as {@link #serialize(Object)} would write it. */
    public JsonNode toTree(Object value) {
        return mapper.valueToTree(value);
    }

    @Override
    public <T> String serialize(T value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new SerializerException("Serialization error", e);
        }
    }

    @Override
    public <T> void serialize(T value, OutputStream out) {
        try {
            mapper.writeValue(out, value);
        } catch (IOException e) {
            throw new SerializerException("Serialization error", e);
        }
    }

    @Override
    public <T> T deserialize(InputStream in, Class<T> type) {
        try {
            return deserialize(new String(in.readAllBytes(), StandardCharsets.UTF_8), type);
        } catch (IOException e) {
            throw new SerializerException("Deserialization error", e);
        }
    }

    @Override
    public <T> T deserialize(String body, Class<T> type) {
        try {
            JsonNode tree = body == null || body.isBlank() ? MissingNode.getInstance() : mapper.readTree(body);
            if (type == GetReminderResponse.class && tree.has("alerts") && !tree.has("alertToken")) {
                // The older reference page answers a get-one with a one-item list.
                tree = tree.path("alerts").path(0);
            }
            if (tree.isMissingNode()) {
                if (!isServiceError(type)) {
                    throw new SerializerException("the answer has no body, expected " + type.getSimpleName());
                }
                tree = mapper.createObjectNode();
            }
            return mapper.treeToValue(tree, type);
        } catch (IOException | IllegalArgumentException e) {
            if (isServiceError(type)) {
                return mapper.convertValue(Map.of("message", "answer is not JSON: " + excerpt(body)), type);
            }
            throw new SerializerException("Deserialization error", e);
        }
    }

    /** The SDK's per-API {@code Error} models (code and message), which share no interface. */
    private static boolean isServiceError(Class<?> type) {
        return type.getSimpleName().equals("Error")
                && type.getPackageName().startsWith("com.amazon.ask.model.services");
    }

    static String excerpt(String body) {
        if (body == null) {
            return "(empty)";
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        return flat.length() <= EXCERPT_LENGTH ? flat : flat.substring(0, EXCERPT_LENGTH) + "…";
    }

    private static <T> JsonDeserializer<T> lenient(Function<String, java.util.Optional<T>> parser, Class<T> type) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser0, DeserializationContext context) throws IOException {
                String text = parser0.getValueAsString();
                return parser.apply(text)
                        .orElseThrow(() ->
                                context.weirdStringException(text, type, "not a date-time the Reminders API uses"));
            }
        };
    }
}
