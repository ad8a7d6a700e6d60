package com.example.reminderskill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.skill.conversation.IntentNames;
import com.example.reminderskill.store.FileSkillStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Thousands of damaged request envelopes, grown from {@code examples/requests} with a seeded
 * random, through the skill as {@code serve} and {@code invoke} run it: each gets either a clean
 * error naming a field, or a response envelope whose speech is well-formed SSML of at most 8000
 * characters, and nothing logs a stack trace.
 */
class EnvelopeFuzzTest {

    /** Seeded, so a failure repeats; {@code -Dfuzz.seed=N -Dfuzz.envelopes=N} runs other or longer rounds. */
    private static final long SEED = Long.getLong("fuzz.seed", 14);

    private static final int ENVELOPES = Integer.getInteger("fuzz.envelopes", 4000);
    private static final int MAX_SSML = 8000;
    /** A field (map keys in it are the request's own, so anything) and a rule in plain words. */
    private static final Pattern CLEAN_ERROR = Pattern.compile("(?s).+: [a-z][a-zA-Z0-9 ,()-]*");

    private static final List<String> JAVA_NAMES =
            List.of("java.", "com.fasterxml", "com.amazon", "$Builder", "Exception", "\tat ");
    private static final List<String> REQUEST_TYPES = List.of(
            "LaunchRequest",
            "IntentRequest",
            "SessionEndedRequest",
            "CanFulfillIntentRequest",
            "Connections.Response",
            "Messaging.MessageReceived",
            "Reminders.ReminderCreated",
            "Reminders.ReminderStarted",
            "AlexaSkillEvent.SkillDisabled",
            "AlexaSkillEvent.SkillPermissionAccepted",
            "Display.ElementSelected",
            "System.ExceptionEncountered",
            "AudioPlayer.PlaybackStarted",
            "Foo.Bar",
            "",
            "intentrequest");
    private static final List<String> INTENTS = List.of(
            IntentNames.CREATE_RELATIVE_REMINDER,
            IntentNames.CREATE_ABSOLUTE_REMINDER,
            IntentNames.CREATE_RECURRING_REMINDER,
            IntentNames.LIST_REMINDERS,
            IntentNames.DELETE_REMINDER,
            IntentNames.DELETE_ALL_REMINDERS,
            IntentNames.CHANGE_REMINDER,
            IntentNames.START_TIMER,
            IntentNames.PAUSE_TIMER,
            IntentNames.RESUME_TIMER,
            IntentNames.CANCEL_TIMER,
            IntentNames.TIME_LEFT,
            IntentNames.HELP,
            IntentNames.STOP,
            IntentNames.CANCEL,
            IntentNames.FALLBACK,
            IntentNames.YES,
            IntentNames.NO,
            IntentNames.NAVIGATE_HOME,
            "NoSuchIntent");
    private static final List<String> SLOTS = List.of(
            "reminderText",
            "duration",
            "time",
            "date",
            "frequency",
            "dayOfWeek",
            "secondDayOfWeek",
            "dayOfMonth",
            "position",
            "newText",
            "timerLabel");

    @TempDir
    Path data;

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    @Test
    void damagedEnvelopes_getACleanErrorOrWellFormedSpeech_andNoStackTrace() throws Exception {
        List<ObjectNode> examples = examples();
        Random random = new Random(SEED);
        DocumentBuilder xml = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        xml.setErrorHandler(new DefaultHandler());
        int cleanErrors = 0;
        int responses = 0;
        List<String> invalid = new ArrayList<>();
        Set<String> minted = new HashSet<>();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        try (AlexaEmulator emulator = AlexaEmulator.builder()
                .port(0)
                .maxRequestsPerSecond(1_000_000)
                .maxRemindersPerUser(1_000_000)
                .start()) {
            EmulatorTokens recorded = (skillId, userId, inSession, permissions) -> {
                String token = emulator.mintToken(skillId, userId, inSession, permissions);
                minted.add(token);
                return token;
            };
            LocalSkillRunner runner = new LocalSkillRunner(
                    emulator.baseUri(), recorded, emulator.clock(), FileSkillStore.open(data, emulator.clock()));
            // slf4j-simple writes to whatever System.err is at the moment of logging.
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            for (int i = 0; i < ENVELOPES; i++) {
                ObjectNode envelope =
                        examples.get(random.nextInt(examples.size())).deepCopy();
                int mutations = 1 + random.nextInt(4);
                for (int m = 0; m < mutations; m++) {
                    mutate(envelope, random);
                }
                String body = envelope.toString();
                String answer;
                try {
                    answer = runner.handle(body);
                } catch (BadEnvelopeException e) {
                    if (CLEAN_ERROR.matcher(e.getMessage()).matches()
                            && JAVA_NAMES.stream().noneMatch(e.getMessage()::contains)) {
                        cleanErrors++;
                    } else {
                        invalid.add("error '" + e.getMessage() + "' for " + abbreviated(body));
                    }
                    continue;
                } catch (IOException | RuntimeException e) {
                    invalid.add(e.getClass().getSimpleName() + " " + e.getMessage() + " for " + abbreviated(body));
                    continue;
                }
                JsonNode response = mapper.readTree(answer);
                List<String> problems = new ArrayList<>();
                if (!response.path("response").isObject()) {
                    problems.add("no response object");
                }
                for (String pointer : List.of("/response/outputSpeech/ssml", "/response/reprompt/outputSpeech/ssml")) {
                    JsonNode ssml = response.at(pointer);
                    if (ssml.isMissingNode()) {
                        continue;
                    }
                    String speech = ssml.asText();
                    if (speech.length() > MAX_SSML) {
                        problems.add(pointer + " has " + speech.length() + " characters");
                    }
                    if (!wellFormed(xml, speech)) {
                        problems.add(pointer + " is not well-formed XML: " + abbreviated(speech));
                    }
                }
                if (problems.isEmpty()) {
                    responses++;
                } else {
                    invalid.add(problems + " for " + abbreviated(body));
                }
            }
        } finally {
            System.setErr(stderr);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        long stackTraces =
                logged.lines().filter(line -> line.startsWith("\tat ")).count();
        System.out.printf(
                "envelope fuzz (seed %d): %d envelopes, %d clean errors, %d responses, %d invalid replies,"
                        + " %d stack trace lines logged%n",
                SEED, ENVELOPES, cleanErrors, responses, invalid.size(), stackTraces);
        invalid.stream().limit(10).forEach(System.out::println);
        assertThat(invalid).isEmpty();
        assertThat(minted).isNotEmpty();
        assertThat(logged).doesNotContain("\tat ", "apiAccessToken");
        assertThat(Pattern.compile("[\\s'\"():,=]+").splitAsStream(logged).filter(minted::contains))
                .as("tokens in the log")
                .isEmpty();
    }

    private List<ObjectNode> examples() throws IOException {
        List<ObjectNode> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples/requests"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json"))
                    .sorted()
                    .toList()) {
                examples.add((ObjectNode) mapper.readTree(file.toFile()));
            }
        }
        assertThat(examples).hasSizeGreaterThan(5);
        return examples;
    }

    private void mutate(ObjectNode envelope, Random random) {
        ObjectNode request = envelope.path("request").isObject()
                ? (ObjectNode) envelope.get("request")
                : envelope.putObject("request");
        // Slots (case 3) weigh thrice: their text is what reaches speech.
        switch (random.nextInt(11)) {
            case 0 -> request.remove("intent");
            case 1 -> request.put("type", REQUEST_TYPES.get(random.nextInt(REQUEST_TYPES.size())));
            case 2 -> {
                request.put("type", "IntentRequest");
                ObjectNode intent = request.path("intent").isObject()
                        ? (ObjectNode) request.get("intent")
                        : request.putObject("intent");
                intent.put("name", INTENTS.get(random.nextInt(INTENTS.size())));
            }
            case 3, 9, 10 -> {
                ObjectNode intent = request.path("intent").isObject()
                        ? (ObjectNode) request.get("intent")
                        : request.putObject("intent");
                ObjectNode slots =
                        intent.path("slots").isObject() ? (ObjectNode) intent.get("slots") : intent.putObject("slots");
                // Half the time a slot the intent already has, so the intent's own handler reads it.
                List<String> present = new ArrayList<>();
                slots.fieldNames().forEachRemaining(present::add);
                String name = !present.isEmpty() && random.nextBoolean()
                        ? present.get(random.nextInt(present.size()))
                        : SLOTS.get(random.nextInt(SLOTS.size()));
                ObjectNode slot = slots.putObject(name).put("name", name);
                if (random.nextInt(4) == 0) {
                    slot.putNull("value");
                } else {
                    slot.put("value", strangeText(random));
                }
            }
            case 4, 5 -> {
                List<ContainerNode<?>> containers = new ArrayList<>();
                collect(envelope, containers);
                ContainerNode<?> container = containers.get(random.nextInt(containers.size()));
                replaceChild(container, random, random.nextBoolean() ? null : strange(random));
            }
            case 6 -> {
                List<ContainerNode<?>> containers = new ArrayList<>();
                collect(envelope, containers);
                replaceChild(containers.get(random.nextInt(containers.size())), random, nodes.nullNode());
            }
            default -> {
                List<ObjectNode> withText = new ArrayList<>();
                collectWithText(envelope, withText);
                if (!withText.isEmpty()) {
                    ObjectNode holder = withText.get(random.nextInt(withText.size()));
                    List<String> names = new ArrayList<>();
                    holder.fieldNames().forEachRemaining(field -> {
                        if (holder.get(field).isTextual()) {
                            names.add(field);
                        }
                    });
                    holder.put(names.get(random.nextInt(names.size())), strangeText(random));
                }
            }
        }
    }

    /** Replaces a random child of {@code container} with {@code value}, or removes it when {@code value} is null. */
    private static void replaceChild(ContainerNode<?> container, Random random, JsonNode value) {
        if (container.size() == 0) {
            return;
        }
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            if (value == null) {
                object.remove(name);
            } else {
                object.set(name, value);
            }
        } else {
            ArrayNode array = (ArrayNode) container;
            int index = random.nextInt(array.size());
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> containers) {
        if (node instanceof ContainerNode<?> container) {
            containers.add(container);
            node.elements().forEachRemaining(child -> collect(child, containers));
        }
    }

    private static void collectWithText(JsonNode node, List<ObjectNode> holders) {
        if (node instanceof ObjectNode object) {
            boolean[] hasText = {false};
            object.elements().forEachRemaining(child -> hasText[0] |= child.isTextual());
            if (hasText[0]) {
                holders.add(object);
            }
        }
        node.elements().forEachRemaining(child -> collectWithText(child, holders));
    }

    /** A value of some other JSON kind than the one it replaces, most likely. */
    private JsonNode strange(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> nodes.numberNode(random.nextInt());
            case 1 -> nodes.booleanNode(random.nextBoolean());
            case 2 -> nodes.arrayNode().add(strangeText(random)).add(1);
            case 3 -> nodes.objectNode().put("x", strangeText(random));
            case 4 -> nodes.numberNode(random.nextDouble() * 1e300);
            default -> nodes.textNode(strangeText(random));
        };
    }

    private static String strangeText(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "tea\u0001 at \u0007five\u001F";
            case 1 -> "x".repeat(9000 + random.nextInt(2000));
            case 2 -> "Grüße ☕ 💊 \u202Eevil\u202C \u0301 日本語";
            case 3 -> "<speak>&amp; \"quoted\" 'it' </speak> ]]> <!--";
            case 4 -> "";
            case 5 -> "   ";
            case 6 -> "\uD800 lone surrogate \uDFFF";
            default -> Integer.toString(random.nextInt(100));
        };
    }

    private static boolean wellFormed(DocumentBuilder xml, String speech) {
        try {
            xml.parse(new ByteArrayInputStream(speech.getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (SAXException | IOException e) {
            return false;
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
