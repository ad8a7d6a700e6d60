package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EnvelopeBinderTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Path> FIXTURE_FOLDERS = List.of(
            Path.of("examples/requests"),
            Path.of("src/main/resources/priming"),
            Path.of("src/test/resources/envelopes"));
    /** Fixtures the binder leaves to Jackson: none. */
    private static final Set<String> DECLINED_FIXTURES = Set.of();

    // 1. Fixtures

    @Test
    void everyFixtureBindsAsJacksonDoes() {
        Map<String, JsonNode> fixtures = fixtures();
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(15);
        for (Map.Entry<String, JsonNode> fixture : fixtures.entrySet()) {
            boolean bound = agreesWithJackson(fixture.getValue());
            assertThat(bound).as(fixture.getKey()).isEqualTo(!DECLINED_FIXTURES.contains(fixture.getKey()));
        }
    }

    @Test
    void everyHandMadeCaseBindsAsJacksonDoes() {
        for (Map.Entry<String, String> handMade : handMade().entrySet()) {
            assertThat(agreesWithJackson(read(handMade.getValue())))
                    .as(handMade.getKey())
                    .isTrue();
        }
    }

    // 2. Hand-made cases

    @Test
    @SuppressWarnings("unchecked")
    void attributesBindAsJacksonBindsObject() {
        RequestEnvelope envelope = bound(handMade().get("attributes"));

        Map<String, Object> attributes = envelope.getSession().getAttributes();
        assertThat(attributes.get("int")).isEqualTo(Integer.valueOf(42));
        assertThat(attributes.get("long")).isEqualTo(Long.valueOf(3_000_000_000L));
        assertThat(attributes.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(attributes.get("double")).isEqualTo(Double.valueOf(2.5));
        assertThat(attributes.get("exponent")).isEqualTo(Double.valueOf(1e3));
        assertThat(attributes.get("bool")).isEqualTo(Boolean.TRUE);
        assertThat(attributes).containsEntry("nothing", null);
        assertThat(attributes.get("nested")).isInstanceOf(LinkedHashMap.class);
        assertThat(attributes.get("list")).isInstanceOf(ArrayList.class);
        assertThat((List<Object>) attributes.get("list"))
                .containsExactly(1, "two", 3.0, false, null, Map.of("k", List.of()), List.of(4_000_000_000L));
    }

    @Test
    void timestampsEndUpInUtc() {
        OffsetDateTime plusOne = bound(handMade().get("launch")).getRequest().getTimestamp();
        assertThat(plusOne.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(plusOne.toInstant()).isEqualTo(Instant.parse("2026-11-22T09:00:00.123Z"));

        OffsetDateTime minusFive =
                bound(handMade().get("intent with resolutions")).getRequest().getTimestamp();
        assertThat(minusFive.toInstant()).isEqualTo(Instant.parse("2026-11-22T15:15:30.123456789Z"));
        assertThat(minusFive.getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void slotsKeepResolutionsAndSlotValues() {
        IntentRequest request =
                (IntentRequest) bound(handMade().get("intent with resolutions")).getRequest();

        Slot colour = request.getIntent().getSlots().get("colour");
        assertThat(colour.getResolutions().getResolutionsPerAuthority()).hasSize(2);
        assertThat(colour.getResolutions()
                        .getResolutionsPerAuthority()
                        .get(0)
                        .getValues()
                        .get(0)
                        .getValue()
                        .getId())
                .isEqualTo("RED");
        assertThat(request.getIntent().getSlots().get("items").getSlotValue().getType())
                .isEqualTo("List");
    }

    @Test
    void connectionsResponseKeepsItsPayload() {
        ConnectionsResponse response = (ConnectionsResponse)
                bound(handMade().get("connections response")).getRequest();

        assertThat(response.getPayload()).containsEntry("permissionScope", "alexa::alerts:reminders:skill:readwrite");
        assertThat(response.getStatus().getCode()).isEqualTo("200");
    }

    @Test
    void declinesWhatItDoesNotHandleExactly() {
        String launch = handMade().get("launch");
        List<String> declined = List.of(
                launch.replace("\"LaunchRequest\"", "\"Alexa.Presentation.APL.UserEvent\""),
                launch.replace("\"locale\"", "\"someNewMember\""),
                launch.replace("\"en-US\"", "7"),
                launch.replace("\"2026-11-22T10:00:00.123+01:00\"", "1700000000"),
                launch.replace("\"2026-11-22T10:00:00.123+01:00\"", "\"2026-11-22T10:00:00\""),
                launch.replace("\"2026-11-22T10:00:00.123+01:00\"", "\" 2026-11-22T10:00:00Z\""),
                launch.replace("\"new\": true", "\"new\": \"true\""),
                launch.replace("\"version\": \"1.0\"", "\"version\": \"1.0\", \"extra\": {}"),
                handMade().get("intent with resolutions").replace("\"IN_PROGRESS\"", "\"HALF_DONE\""),
                "[]",
                "\"envelope\"",
                "null");
        for (String json : declined) {
            assertThat(EnvelopeBinder.bind(read(json))).as(json).isEmpty();
        }
        ObjectNode geolocation = (ObjectNode) read(launch);
        ((ObjectNode) geolocation.get("context")).putObject("Geolocation").put("timestamp", "now");
        assertThat(EnvelopeBinder.bind(geolocation)).isEmpty();
        ObjectNode decimal = (ObjectNode) read(launch);
        ((ObjectNode) decimal.get("session").get("attributes")).put("decimal", new BigDecimal("1.50"));
        assertThat(EnvelopeBinder.bind(decimal)).isEmpty();
        assertThat(EnvelopeBinder.bind(NODES.missingNode())).isEmpty();
    }

    @Test
    void nullBindsAsAbsent() {
        ObjectNode envelope = (ObjectNode) read(handMade().get("launch"));
        ((ObjectNode) envelope.get("session")).putNull("attributes").putNull("user");
        ((ObjectNode) envelope.get("context")).putNull("Viewports").putNull("Alexa.Presentation.APL");

        assertThat(agreesWithJackson(envelope)).isTrue();
        assertThat(bound(envelope.toString()).getSession().getAttributes()).isEmpty();
    }

    // 3. Mutations

    @Test
    void everyMutationIsDeclinedOrBoundAsJacksonDoes() {
        List<JsonNode> originals = new ArrayList<>(fixtures().values());
        for (String handMade : handMade().values()) {
            originals.add(read(handMade));
        }
        int variants = 0;
        int accepted = 0;
        // Fixtures share most of their parts (the priming envelopes one device context): each part once.
        Set<String> mutated = new HashSet<>();
        for (JsonNode original : originals) {
            for (JsonNode variant : mutations(original, mutated)) {
                variants++;
                if (agreesWithJackson(variant)) {
                    accepted++;
                }
            }
        }
        assertThat(variants).isGreaterThan(15_000);
        // Dropping members, nulls and same-kind values are accepted: the comparison is not vacuous.
        assertThat(accepted).isGreaterThan(variants / 10);
    }

    /**
     * True when the binder binds {@code tree} to what Jackson binds; false when it declines. Fails when
     * the binder accepts what Jackson rejects or binds anything else.
     */
    private static boolean agreesWithJackson(JsonNode tree) {
        Optional<RequestEnvelope> bound = EnvelopeBinder.bind(tree);
        RequestEnvelope expected;
        try {
            expected = EnvelopeJson.bindWithMapper(tree);
        } catch (IOException | RuntimeException e) {
            assertThat(bound).as("Jackson rejects %s: %s", tree, e).isEmpty();
            return false;
        }
        if (bound.isEmpty()) {
            return false;
        }
        RequestEnvelope actual = bound.get();
        assertThat(actual).as("%s", tree).isEqualTo(expected);
        assertThat(actual.hashCode()).as("%s", tree).isEqualTo(expected.hashCode());
        // toString shows every property and the maps' order, even where an equals might not look.
        assertThat(actual.toString()).as("%s", tree).isEqualTo(expected.toString());
        return true;
    }

    /** Variants of {@code original}, mutating each part not already in {@code mutated} (path and value). */
    private static List<JsonNode> mutations(JsonNode original, Set<String> mutated) {
        List<List<Object>> paths = new ArrayList<>();
        collectPaths(original, new ArrayList<>(), paths);
        List<JsonNode> variants = new ArrayList<>();
        for (List<Object> path : paths) {
            JsonNode node = at(original, path);
            if (!mutated.add(path + "=" + node)) {
                continue;
            }
            if (node.isObject()) {
                JsonNode copy = original.deepCopy();
                ((ObjectNode) at(copy, path)).put("zzUnknown", 1);
                variants.add(copy);
                copy = original.deepCopy();
                ((ObjectNode) at(copy, path)).putNull("zzUnknown");
                variants.add(copy);
            }
            if (node.isArray()) {
                JsonNode copy = original.deepCopy();
                ((ArrayNode) at(copy, path)).addNull();
                variants.add(copy);
                if (node.size() > 0) {
                    copy = original.deepCopy();
                    ((ArrayNode) at(copy, path)).add(node.get(0).deepCopy());
                    variants.add(copy);
                }
            }
            if (path.isEmpty()) {
                continue;
            }
            variants.add(removed(original, path));
            for (JsonNode replacement : replacements()) {
                variants.add(replaced(original, path, replacement));
            }
            if (node.isTextual()) {
                String text = node.textValue();
                Object key = path.get(path.size() - 1);
                boolean time = key instanceof String
                        && ((String) key).toLowerCase(java.util.Locale.ROOT).contains("time");
                for (String other : time ? timestamps() : textReplacements(text)) {
                    variants.add(replaced(original, path, NODES.textNode(other)));
                }
            }
        }
        return variants;
    }

    private static List<JsonNode> replacements() {
        ObjectNode object = NODES.objectNode();
        object.put("a", 1);
        return List.of(
                NODES.nullNode(),
                NODES.numberNode(0),
                NODES.numberNode(7),
                NODES.numberNode(-1),
                NODES.numberNode(3_000_000_000L),
                NODES.numberNode(new BigInteger("1180591620717411303424")),
                NODES.numberNode(1.5),
                NODES.numberNode(2.0),
                NODES.numberNode(1.5f),
                NODES.numberNode(new BigDecimal("1.50")),
                NODES.textNode("text"),
                NODES.textNode(""),
                NODES.textNode("7"),
                NODES.textNode("true"),
                NODES.booleanNode(true),
                NODES.booleanNode(false),
                NODES.objectNode(),
                object,
                NODES.arrayNode(),
                NODES.arrayNode().add("x"),
                NODES.arrayNode().add(1));
    }

    private static List<String> textReplacements(String text) {
        return List.of(
                text + " ",
                " " + text,
                text.toLowerCase(java.util.Locale.ROOT),
                "NOT_A_VALUE",
                "null",
                // Enum values and type names that belong elsewhere.
                "NONE",
                "CONFIRMED",
                "COMPLETED",
                "USER_INITIATED",
                "GRANTED",
                "APL",
                "APLT",
                "Simple",
                "List",
                "DISCRETE",
                "CONTINUOUS",
                "LaunchRequest",
                "IntentRequest",
                "SessionEndedRequest",
                "Connections.Response",
                "Reminders.ReminderDeleted",
                "AlexaSkillEvent.SkillDisabled",
                "AlexaSkillEvent.SkillEnabled",
                "2026-11-22T10:00:00Z");
    }

    /** Timestamps, well and badly formed: Jackson reads many forms ISO_OFFSET_DATE_TIME does not. */
    private static List<String> timestamps() {
        return List.of(
                "2026-11-22T10:00:00Z",
                "2026-11-22T10:00:00+01:00",
                "2026-11-22T10:00:00.5-05:30",
                "2026-11-22T10:00:00.123456789+14:00",
                "2026-11-22T10:00Z",
                "2026-11-22T10:00:00+00:00",
                "2026-11-22T10:00:00-00:00",
                "2026-11-22t10:00:00z",
                "2026-11-22T10:00:00+0100",
                "2026-11-22T10:00:00+01",
                "2026-11-22T10:00:00",
                "2026-11-22 10:00:00Z",
                "2026-11-22",
                "2026-11-22T10:00:00Z[Europe/Paris]",
                "2026-11-22T10:00:00+01:00[Europe/Paris]",
                "+12026-11-22T10:00:00Z",
                "-999999999-01-01T00:00:00+18:00",
                "+999999999-12-31T23:59:59.999999999-18:00",
                "2026-02-30T10:00:00Z",
                "2026-11-22T24:00:00Z",
                "1700000000",
                "1700000000.5",
                "-1",
                "",
                "null",
                "NOT_A_TIME");
    }

    private static void collectPaths(JsonNode node, List<Object> path, List<List<Object>> paths) {
        paths.add(List.copyOf(path));
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                path.add(member.getKey());
                collectPaths(member.getValue(), path, paths);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                collectPaths(node.get(i), path, paths);
                path.remove(path.size() - 1);
            }
        }
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof String ? node.get((String) step) : node.get((Integer) step);
        }
        return node;
    }

    private static JsonNode replaced(JsonNode original, List<Object> path, JsonNode replacement) {
        JsonNode copy = original.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof String) {
            ((ObjectNode) parent).set((String) last, replacement.deepCopy());
        } else {
            ((ArrayNode) parent).set((Integer) last, replacement.deepCopy());
        }
        return copy;
    }

    private static JsonNode removed(JsonNode original, List<Object> path) {
        JsonNode copy = original.deepCopy();
        JsonNode parent = at(copy, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (last instanceof String) {
            ((ObjectNode) parent).remove((String) last);
        } else {
            ((ArrayNode) parent).remove((int) (Integer) last);
        }
        return copy;
    }

    // Fixtures and hand-made envelopes

    /** Every envelope of the fixture folders by file name; the priming context becomes the envelopes priming sends. */
    private static Map<String, JsonNode> fixtures() {
        Map<String, JsonNode> fixtures = new TreeMap<>();
        for (Path folder : FIXTURE_FOLDERS) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    JsonNode json = read(Files.readString(file));
                    if (json.has("request")) {
                        fixtures.put(file.toString(), json);
                    } else {
                        assertThat(json.has("System")).as(file.toString()).isTrue();
                        fixtures.putAll(primingEnvelopes(file.toString(), (ObjectNode) json));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fixtures;
    }

    /** The envelopes {@link SkillPriming} builds around a device context. */
    private static Map<String, JsonNode> primingEnvelopes(String name, ObjectNode deviceContext) {
        Map<String, JsonNode> envelopes = new LinkedHashMap<>();
        String common = "\"requestId\": \"amzn1.echo-api.request.priming\", \"timestamp\": \"2026-11-22T10:00:00Z\","
                + " \"locale\": \"en-US\"";
        String intent = "{\"type\": \"IntentRequest\", " + common + ", \"dialogState\": \"COMPLETED\","
                + " \"intent\": {\"name\": \"%s\", \"confirmationStatus\": \"%s\", \"slots\": {%s}}}";
        envelopes.put(
                name + " launch", primingEnvelope(deviceContext, "{\"type\": \"LaunchRequest\", " + common + "}"));
        envelopes.put(
                name + " help", primingEnvelope(deviceContext, String.format(intent, "AMAZON.HelpIntent", "NONE", "")));
        envelopes.put(
                name + " create",
                primingEnvelope(
                        deviceContext,
                        String.format(
                                intent,
                                "CreateRelativeReminderIntent",
                                "CONFIRMED",
                                "\"reminderText\": {\"name\": \"reminderText\", \"value\": \"stretch\","
                                        + " \"confirmationStatus\": \"NONE\"}, \"duration\": {\"name\": \"duration\","
                                        + " \"value\": \"PT20M\", \"confirmationStatus\": \"NONE\"}")));
        envelopes.put(
                name + " session ended",
                primingEnvelope(
                        deviceContext,
                        "{\"type\": \"SessionEndedRequest\", " + common + ", \"reason\": \"USER_INITIATED\"}"));
        return envelopes;
    }

    private static JsonNode primingEnvelope(ObjectNode deviceContext, String request) {
        ObjectNode envelope = NODES.objectNode().put("version", "1.0");
        ObjectNode context = deviceContext.deepCopy();
        envelope.set("context", context);
        ObjectNode system = (ObjectNode) context.get("System");
        system.putObject("application").put("applicationId", "amzn1.ask.skill.priming");
        system.putObject("user").put("userId", "amzn1.ask.account.priming");
        ((ObjectNode) system.get("device")).put("deviceId", "amzn1.ask.device.priming");
        system.put("apiEndpoint", "https://api.amazonalexa.com").put("apiAccessToken", "priming-no-api-call");
        ObjectNode session =
                envelope.putObject("session").put("new", true).put("sessionId", "amzn1.echo-api.session.p");
        session.putObject("application").put("applicationId", "amzn1.ask.skill.priming");
        session.putObject("user")
                .put("userId", "amzn1.ask.account.priming")
                .putObject("permissions")
                .put("consentToken", "priming-no-api-call");
        session.putObject("attributes");
        envelope.set("request", read(request));
        return envelope;
    }

    private static Map<String, String> handMade() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("launch", """
                {"version": "1.0",
                 "session": {"new": true, "sessionId": "s", "application": {"applicationId": "a"},
                             "user": {"userId": "u", "accessToken": "t",
                                      "permissions": {"consentToken": "c",
                                                      "scopes": {"alexa::alerts:reminders:skill:readwrite": {"status": "DENIED"},
                                                                 "alexa::alerts:timers:skill:readwrite": {"status": "GRANTED"}}}},
                             "attributes": {}},
                 "context": {
                   "System": {"application": {"applicationId": "a"}, "user": {"userId": "u"},
                              "device": {"deviceId": "d", "persistentEndpointId": "p",
                                         "supportedInterfaces": {
                                           "Alexa.Presentation.APL": {"runtime": {"maxVersion": "2024.2"}},
                                           "Alexa.Presentation.APLT": {"runtime": {"maxVersion": "1.0"}},
                                           "Alexa.Presentation.HTML": {"runtime": {"maxVersion": "1.1"}},
                                           "AppLink": {"version": "1.0"}, "AudioPlayer": {}, "VideoApp": {},
                                           "Display": {"templateVersion": "1.0"}, "Geolocation": {}, "Navigation": {}}},
                              "person": {"personId": "amzn1.ask.person.x", "accessToken": "pt"},
                              "unit": {"unitId": "un"},
                              "apiEndpoint": "https://api.fe.amazonalexa.com", "apiAccessToken": "at"},
                   "AudioPlayer": {"playerActivity": "PLAYING", "token": "t", "offsetInMilliseconds": 4000000000},
                   "Display": {"token": "screen"},
                   "Viewport": {"experiences": [], "mode": "TV", "shape": "ROUND", "keyboard": ["DIRECTION"],
                                "touch": [], "video": {"codecs": []}},
                   "Viewports": [
                     {"type": "APL", "id": "main", "shape": "ROUND", "dpi": 213, "presentationType": "OVERLAY",
                      "canRotate": true,
                      "configuration": {"current": {"mode": "AUTO", "dialog": "SUPPORTED",
                        "size": {"type": "CONTINUOUS", "minPixelWidth": 100, "minPixelHeight": 100,
                                 "maxPixelWidth": 1920, "maxPixelHeight": 1080}}}},
                     {"type": "APLT", "id": "segments", "supportedProfiles": [], "characterFormat": "SEVEN_SEGMENT",
                      "interSegments": [{"x": 1, "y": 0, "characters": ":"}]}],
                   "Extensions": {"available": {}},
                   "Alexa.Presentation": null, "Geolocation": null},
                 "request": {"type": "LaunchRequest", "requestId": "r", "locale": "en-US",
                             "timestamp": "2026-11-22T10:00:00.123+01:00",
                             "task": {"name": "AMAZON.ScheduleTaxiReservation", "version": "1",
                                      "input": {"seats": 2, "when": ["now", 1.5]}}}}
                """);
        cases.put("attributes", """
                {"version": "1.0",
                 "session": {"new": false, "sessionId": "s",
                             "attributes": {"int": 42, "long": 3000000000, "big": 123456789012345678901234567890,
                                            "double": 2.5, "exponent": 1e3, "bool": true, "text": "x", "nothing": null,
                                            "nested": {"a": {"b": [1, {"c": null}]}, "empty": {}},
                                            "list": [1, "two", 3.0, false, null, {"k": []}, [4000000000]]}},
                 "request": {"type": "IntentRequest", "requestId": "r", "timestamp": "2026-11-22T10:00:00Z",
                             "intent": {"name": "AMAZON.YesIntent", "confirmationStatus": "NONE"}}}
                """);
        cases.put("intent with resolutions", """
                {"version": "1.0",
                 "request": {"type": "IntentRequest", "requestId": "r", "locale": "de-DE",
                             "timestamp": "2026-11-22T10:15:30.123456789-05:00", "dialogState": "IN_PROGRESS",
                             "intent": {"name": "PickIntent", "confirmationStatus": "DENIED",
                               "slots": {
                                 "colour": {"name": "colour", "value": "crimson", "confirmationStatus": "CONFIRMED",
                                   "resolutions": {"resolutionsPerAuthority": [
                                     {"authority": "amzn1.er-authority.echo-sdk.x.Colour",
                                      "status": {"code": "ER_SUCCESS_MATCH"},
                                      "values": [{"value": {"name": "red", "id": "RED"}},
                                                 {"value": {"name": "dark red", "id": "DARK_RED"}}]},
                                     {"authority": "amzn1.er-authority.echo-sdk.dynamic",
                                      "status": {"code": "ER_SUCCESS_NO_MATCH"}}]},
                                   "slotValue": {"type": "Simple", "value": "crimson",
                                     "resolutions": {"resolutionsPerAuthority": [
                                       {"authority": "a", "status": {"code": "ER_SUCCESS_MATCH"},
                                        "values": [{"value": {"name": "red", "id": "RED"}}]}]}}},
                                 "items": {"name": "items", "confirmationStatus": "NONE",
                                   "slotValue": {"type": "List", "values": [
                                     {"type": "Simple", "value": "milk"},
                                     {"type": "Simple", "value": "eggs"}]}},
                                 "empty": {"name": "empty", "confirmationStatus": "NONE"}}}}}
                """);
        cases.put("session ended with error", """
                {"version": "1.0",
                 "request": {"type": "SessionEndedRequest", "requestId": "r", "timestamp": "2026-11-22T10:00:00Z",
                             "locale": "en-GB", "reason": "ERROR",
                             "error": {"type": "INVALID_RESPONSE", "message": "bad SSML"}}}
                """);
        cases.put("connections response", """
                {"version": "1.0",
                 "session": {"new": false, "sessionId": "s", "attributes": {"pending": {"minutes": 30}}},
                 "request": {"type": "Connections.Response", "requestId": "r", "timestamp": "2026-11-22T10:00:00Z",
                             "locale": "en-US", "name": "AskFor", "token": "tok",
                             "status": {"code": "200", "message": "OK"},
                             "payload": {"permissionScope": "alexa::alerts:reminders:skill:readwrite",
                                         "status": "ACCEPTED", "isCardThrown": false}}}
                """);
        cases.put("message received", """
                {"version": "1.0",
                 "request": {"type": "Messaging.MessageReceived", "requestId": "r",
                             "timestamp": "2026-11-22T10:00:00Z",
                             "message": {"reminderId": "abc", "attempt": 2, "tags": ["x", "y"]}}}
                """);
        for (String event : List.of("ReminderCreated", "ReminderUpdated", "ReminderStatusChanged", "ReminderStarted")) {
            cases.put(event, """
                    {"version": "1.0",
                     "context": {"System": {"application": {"applicationId": "a"}, "user": {"userId": "u"},
                                            "apiEndpoint": "https://api.amazonalexa.com", "apiAccessToken": "t"}},
                     "request": {"type": "Reminders.EVENT", "requestId": "r", "timestamp": "2026-11-22T10:00:00Z",
                                 "body": {"status": "ON", "alertToken": "alert"}}}
                    """.replace("EVENT", event));
        }
        cases.put("ReminderDeleted", """
                {"version": "1.0",
                 "request": {"type": "Reminders.ReminderDeleted", "requestId": "r", "timestamp": "2026-11-22T10:00:00Z",
                             "body": {"alertTokens": ["one", "two"]}}}
                """);
        cases.put("skill disabled", """
                {"version": "1.0",
                 "request": {"type": "AlexaSkillEvent.SkillDisabled", "requestId": "r",
                             "timestamp": "2026-11-22T10:00:00Z", "eventCreationTime": "2026-11-22T09:59:58.5+02:00",
                             "eventPublishingTime": "2026-11-22T10:00:00Z",
                             "body": {"userInformationPersistenceStatus": "PERSISTED"}}}
                """);
        return cases;
    }

    private static RequestEnvelope bound(String json) {
        Optional<RequestEnvelope> envelope = EnvelopeBinder.bind(read(json));
        assertThat(envelope).isPresent();
        return envelope.get();
    }

    private static JsonNode read(String json) {
        try {
            return EnvelopeJson.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
