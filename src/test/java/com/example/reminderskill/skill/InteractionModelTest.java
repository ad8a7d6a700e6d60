package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.reminderskill.skill.conversation.Repeat;
import com.example.reminderskill.skill.conversation.SlotNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the Alexa interaction models under {@code skill-package/interactionModels/custom/} against the
 * contract the Java handlers rely on (intent names, slot names and slot types), and against the rules the
 * Alexa model build enforces or that keep the models usable (declared slots only, no duplicate utterances,
 * defined custom types, resolvable dialog prompts).
 */
class InteractionModelTest {

    private static final Path MODEL_DIR = Path.of("skill-package", "interactionModels", "custom");
    private static final Pattern SLOT_REFERENCE = Pattern.compile("\\{([^{}]*)}");
    /** Letters, spaces, apostrophes, periods and hyphens, plus the braces of slot references; no digits. */
    private static final Pattern SPOKEN_FORM = Pattern.compile("[\\p{L} '.{}-]+");

    private static final int MIN_SAMPLES_PER_CUSTOM_INTENT = 15;
    /**
     * Known German exception, still to be resolved: "erinnere mich {date} an ..." and "erinnere mich {frequency}
     * an ..." differ only in the slot ("morgen" or "jeden Morgen"), since German puts the schedule first.
     */
    private static final Set<Set<String>> GERMAN_DATE_OR_FREQUENCY =
            Set.of(Set.of("CreateAbsoluteReminderIntent", "CreateRecurringReminderIntent"));

    private static final Map<String, Map<String, String>> CONTRACT = contract();
    private static final List<String> BUILT_IN_INTENTS = List.of(
            "AMAZON.HelpIntent",
            "AMAZON.StopIntent",
            "AMAZON.CancelIntent",
            "AMAZON.FallbackIntent",
            "AMAZON.YesIntent",
            "AMAZON.NoIntent",
            "AMAZON.NavigateHomeIntent");
    private static final List<String> CREATE_INTENTS =
            List.of("CreateRelativeReminderIntent", "CreateAbsoluteReminderIntent", "CreateRecurringReminderIntent");
    private static final Map<String, Set<String>> DIALOG_REQUIRED_SLOTS = Map.of(
            "CreateRelativeReminderIntent", Set.of("reminderText", "duration"),
            "CreateAbsoluteReminderIntent", Set.of("reminderText", "time"),
            "CreateRecurringReminderIntent", Set.of("reminderText", "time"));

    private static Map<String, Map<String, String>> contract() {
        Map<String, Map<String, String>> c = new LinkedHashMap<>();
        c.put("CreateRelativeReminderIntent", slots("reminderText", "REMINDER_TEXT", "duration", "AMAZON.DURATION"));
        c.put(
                "CreateAbsoluteReminderIntent",
                slots("reminderText", "REMINDER_TEXT", "date", "AMAZON.DATE", "time", "AMAZON.TIME"));
        c.put(
                "CreateRecurringReminderIntent",
                slots(
                        "reminderText",
                        "REMINDER_TEXT",
                        "frequency",
                        "RECURRENCE_FREQUENCY",
                        "dayOfWeek",
                        "AMAZON.DayOfWeek",
                        "secondDayOfWeek",
                        "AMAZON.DayOfWeek",
                        "dayOfMonth",
                        "AMAZON.Ordinal",
                        "time",
                        "AMAZON.TIME"));
        c.put("ListRemindersIntent", slots("date", "AMAZON.DATE"));
        c.put("DeleteReminderIntent", slots("position", "AMAZON.Ordinal", "reminderText", "REMINDER_TEXT"));
        c.put("DeleteAllRemindersIntent", slots());
        c.put(
                "ChangeReminderIntent",
                slots(
                        "position",
                        "AMAZON.Ordinal",
                        "reminderText",
                        "REMINDER_TEXT",
                        "newText",
                        "REMINDER_TEXT",
                        "date",
                        "AMAZON.DATE",
                        "time",
                        "AMAZON.TIME"));
        c.put("StartTimerIntent", slots("duration", "AMAZON.DURATION", "timerLabel", "TIMER_LABEL"));
        c.put("PauseTimerIntent", slots("timerLabel", "TIMER_LABEL"));
        c.put("ResumeTimerIntent", slots("timerLabel", "TIMER_LABEL"));
        c.put("CancelTimerIntent", slots("timerLabel", "TIMER_LABEL"));
        c.put("TimeLeftIntent", slots("timerLabel", "TIMER_LABEL"));
        return c;
    }

    private static Map<String, String> slots(String... nameTypePairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            m.put(nameTypePairs[i], nameTypePairs[i + 1]);
        }
        return m;
    }

    static Stream<Arguments> locales() {
        return Stream.of(
                Arguments.of("en-US", "reminder helper", Set.of("stop", "cancel", "help", "yes", "no", "never mind")),
                Arguments.of("en-GB", "reminder helper", Set.of("stop", "cancel", "help", "yes", "no", "never mind")),
                Arguments.of(
                        "de-DE", "erinnerungs helfer", Set.of("stopp", "stop", "abbrechen", "hilfe", "ja", "nein")));
    }

    private static JsonNode model(String locale) throws IOException {
        Path file = MODEL_DIR.resolve(locale + ".json");
        assertThat(file).as("interaction model for %s", locale).isRegularFile();
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        JsonNode model = root.path("interactionModel");
        assertThat(model.isObject())
                .as("%s has an interactionModel object", locale)
                .isTrue();
        return model;
    }

    private static Map<String, JsonNode> intentsByName(JsonNode model, String locale) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode intent : model.path("languageModel").path("intents")) {
            String name = intent.path("name").asText();
            assertThat(byName.put(name, intent))
                    .as("%s: intent %s declared once", locale, name)
                    .isNull();
        }
        return byName;
    }

    private static Map<String, String> declaredSlots(JsonNode intent) {
        Map<String, String> slots = new LinkedHashMap<>();
        for (JsonNode slot : intent.path("slots")) {
            slots.put(slot.path("name").asText(), slot.path("type").asText());
        }
        return slots;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Set<String> slotReferences(String sample) {
        Set<String> refs = new HashSet<>();
        Matcher m = SLOT_REFERENCE.matcher(sample);
        while (m.find()) {
            refs.add(m.group(1));
        }
        return refs;
    }

    private static String normalized(String sample) {
        return sample.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void invocationNameIsPresentAndLowerCase(String locale, String invocationName, Set<String> ignored)
            throws IOException {
        String actual =
                model(locale).path("languageModel").path("invocationName").asText("");
        assertThat(actual).isNotBlank();
        assertThat(actual).isEqualTo(actual.toLowerCase(Locale.ROOT));
        assertThat(actual).isEqualTo(invocationName);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyContractIntentHasExactlyTheListedSlotsAndTypes(String locale, String ignored, Set<String> ignored2)
            throws IOException {
        Map<String, JsonNode> intents = intentsByName(model(locale), locale);
        for (Map.Entry<String, Map<String, String>> expected : CONTRACT.entrySet()) {
            assertThat(intents).as("%s: intent %s", locale, expected.getKey()).containsKey(expected.getKey());
            JsonNode intent = intents.get(expected.getKey());
            assertThat(intent.path("slots").size())
                    .as("%s: %s slot count (no duplicate slot names)", locale, expected.getKey())
                    .isEqualTo(declaredSlots(intent).size());
            assertThat(declaredSlots(intent))
                    .as("%s: slots of %s", locale, expected.getKey())
                    .containsExactlyInAnyOrderEntriesOf(expected.getValue());
        }
        assertThat(intents.keySet()).as("%s: built-in intents", locale).containsAll(BUILT_IN_INTENTS);
        Set<String> allowed = new HashSet<>(CONTRACT.keySet());
        allowed.addAll(BUILT_IN_INTENTS);
        assertThat(allowed).as("%s: no intents outside the contract", locale).containsAll(intents.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyCustomTypeUsedIsDefinedWithEnoughDistinctValues(String locale, String ignored, Set<String> ignored2)
            throws IOException {
        JsonNode model = model(locale);
        Map<String, JsonNode> types = new HashMap<>();
        for (JsonNode type : model.path("languageModel").path("types")) {
            types.put(type.path("name").asText(), type);
        }
        Set<String> used = new TreeSet<>();
        for (JsonNode intent : intentsByName(model, locale).values()) {
            declaredSlots(intent).values().stream()
                    .filter(t -> !t.startsWith("AMAZON."))
                    .forEach(used::add);
        }
        assertThat(used).containsExactlyInAnyOrder("REMINDER_TEXT", "RECURRENCE_FREQUENCY", "TIMER_LABEL");
        assertThat(types.keySet()).as("%s: custom types defined", locale).containsAll(used);

        for (JsonNode type : types.values()) {
            Set<String> seen = new HashSet<>();
            for (JsonNode value : type.path("values")) {
                String v = value.path("name").path("value").asText("");
                assertThat(v)
                        .as("%s: value in %s", locale, type.path("name").asText())
                        .isNotBlank();
                assertThat(seen.add(normalized(v)))
                        .as(
                                "%s: %s value '%s' is unique",
                                locale, type.path("name").asText(), v)
                        .isTrue();
                for (String synonym : texts(value.path("name").path("synonyms"))) {
                    assertThat(seen.add(normalized(synonym)))
                            .as(
                                    "%s: %s synonym '%s' is unique",
                                    locale, type.path("name").asText(), synonym)
                            .isTrue();
                }
            }
        }
        assertThat(types.get("REMINDER_TEXT").path("values").size()).isGreaterThanOrEqualTo(60);
        assertThat(types.get("TIMER_LABEL").path("values").size()).isGreaterThanOrEqualTo(30);

        Map<String, Integer> frequencySynonyms = new HashMap<>();
        for (JsonNode value : types.get("RECURRENCE_FREQUENCY").path("values")) {
            frequencySynonyms.put(
                    value.path("id").asText(),
                    value.path("name").path("synonyms").size());
        }
        assertThat(frequencySynonyms.keySet())
                .contains(
                        "DAILY",
                        "WEEKDAYS",
                        "WEEKLY",
                        "MONTHLY",
                        "WEEKEND",
                        "MORNING",
                        "EVENING",
                        "MONDAY",
                        "SUNDAY_EVENING");
        assertThat(frequencySynonyms.keySet())
                .as("%s: every frequency id is a schedule the skill can set", locale)
                .allMatch(id -> Repeat.ofFrequency(id, java.time.LocalTime.NOON, java.time.LocalDate.of(2026, 11, 2))
                        .isPresent());
        assertThat(frequencySynonyms.values())
                .as("%s: every frequency has synonyms", locale)
                .allMatch(n -> n >= 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void samplesAreNumerousUniqueAndReferenceOnlyDeclaredSlots(String locale, String ignored, Set<String> builtInWords)
            throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (JsonNode intent : intentsByName(model(locale), locale).values()) {
            String name = intent.path("name").asText();
            List<String> samples = texts(intent.path("samples"));
            Set<String> declared = declaredSlots(intent).keySet();
            if (CONTRACT.containsKey(name)) {
                assertThat(samples)
                        .as("%s: samples of %s", locale, name)
                        .hasSizeGreaterThanOrEqualTo(MIN_SAMPLES_PER_CUSTOM_INTENT);
            }
            Set<String> used = new HashSet<>();
            for (String sample : samples) {
                String key = normalized(sample);
                String previous = owner.putIfAbsent(key, name);
                assertThat(previous)
                        .as("%s: sample '%s' of %s is also a sample of %s", locale, sample, name, previous)
                        .isNull();
                assertThat(sample)
                        .as("%s: sample of %s is in spoken form", locale, name)
                        .matches(SPOKEN_FORM);
                assertThat(builtInWords)
                        .as("%s: %s must not take over a built-in utterance", locale, name)
                        .doesNotContain(key);
                Set<String> refs = slotReferences(sample);
                assertThat(declared)
                        .as("%s: slots referenced by '%s' in %s", locale, sample, name)
                        .containsAll(refs);
                used.addAll(refs);
            }
            assertThat(used)
                    .as("%s: every slot of %s appears in a sample", locale, name)
                    .containsAll(declared);

            for (JsonNode slot : intent.path("slots")) {
                String slotName = slot.path("name").asText();
                Set<String> slotSamples = new HashSet<>();
                for (String sample : texts(slot.path("samples"))) {
                    assertThat(slotSamples.add(normalized(sample)))
                            .as("%s: slot sample '%s' of %s.%s is unique", locale, sample, name, slotName)
                            .isTrue();
                    assertThat(sample).matches(SPOKEN_FORM);
                    Set<String> refs = slotReferences(sample);
                    assertThat(refs)
                            .as("%s: slot sample '%s' of %s.%s", locale, sample, name, slotName)
                            .contains(slotName);
                    assertThat(declared).containsAll(refs);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everySlotOfTheModel_isOneOfSlotNames_andEverySlotNameIsInTheModel(
            String locale, String ignored, Set<String> ignored2) throws Exception {
        Set<String> inModel = new TreeSet<>();
        model(locale)
                .at("/languageModel/intents")
                .forEach(intent -> intent.path("slots")
                        .forEach(slot -> inModel.add(slot.path("name").asText())));
        Set<String> named = new TreeSet<>();
        for (java.lang.reflect.Field field : SlotNames.class.getFields()) {
            named.add((String) field.get(null));
        }

        assertThat(inModel).as("%s: the slots the handlers read", locale).isEqualTo(named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void noSampleBelongsToTwoIntentsOnceSlotNamesAreIgnored(String locale, String ignored, Set<String> ignored2)
            throws IOException {
        Map<String, String> owner = new HashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (JsonNode intent : intentsByName(model(locale), locale).values()) {
            String name = intent.path("name").asText();
            for (String sample : texts(intent.path("samples"))) {
                String shape = SLOT_REFERENCE.matcher(normalized(sample)).replaceAll("{}");
                String previous = owner.putIfAbsent(shape, name);
                if (previous != null
                        && !previous.equals(name)
                        && !(locale.equals("de-DE") && GERMAN_DATE_OR_FREQUENCY.contains(Set.of(previous, name)))) {
                    conflicts.add("'" + sample + "' in " + name + " and " + previous);
                }
            }
        }
        assertThat(conflicts)
                .as("%s: samples that only slot types could tell apart", locale)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void dialogModelMatchesTheContractAndEveryPromptExists(String locale, String ignored, Set<String> ignored2)
            throws IOException {
        JsonNode model = model(locale);
        Map<String, JsonNode> intents = intentsByName(model, locale);
        JsonNode dialog = model.path("dialog");
        assertThat(dialog.path("delegationStrategy").asText()).isEqualTo("SKILL_RESPONSE");

        Map<String, JsonNode> prompts = new HashMap<>();
        for (JsonNode prompt : model.path("prompts")) {
            String id = prompt.path("id").asText();
            assertThat(prompts.put(id, prompt))
                    .as("%s: prompt %s defined once", locale, id)
                    .isNull();
            assertThat(prompt.path("variations").size())
                    .as("%s: variations of %s", locale, id)
                    .isPositive();
            for (JsonNode variation : prompt.path("variations")) {
                assertThat(variation.path("type").asText()).isIn("PlainText", "SSML");
                assertThat(variation.path("value").asText("")).isNotBlank();
            }
        }

        Map<String, JsonNode> dialogIntents = new HashMap<>();
        Set<String> referenced = new HashSet<>();
        for (JsonNode dialogIntent : dialog.path("intents")) {
            String name = dialogIntent.path("name").asText();
            dialogIntents.put(name, dialogIntent);
            assertThat(intents)
                    .as("%s: dialog intent %s is in the language model", locale, name)
                    .containsKey(name);
            Map<String, String> declared = declaredSlots(intents.get(name));
            dialogIntent.path("prompts").forEach(id -> referenced.add(id.asText()));
            for (JsonNode slot : dialogIntent.path("slots")) {
                String slotName = slot.path("name").asText();
                assertThat(declared)
                        .as("%s: dialog slot %s.%s", locale, name, slotName)
                        .containsEntry(slotName, slot.path("type").asText());
                slot.path("prompts").forEach(id -> referenced.add(id.asText()));
                slot.path("validations")
                        .forEach(v -> referenced.add(v.path("prompt").asText()));
                if (slot.path("elicitationRequired").asBoolean(false)) {
                    assertThat(slot.path("prompts").path("elicitation").asText(""))
                            .as("%s: elicitation prompt of %s.%s", locale, name, slotName)
                            .isNotBlank();
                }
            }
        }
        assertThat(prompts.keySet())
                .as("%s: every referenced prompt exists", locale)
                .containsAll(referenced);

        for (String name : CREATE_INTENTS) {
            JsonNode dialogIntent = dialogIntents.get(name);
            assertThat(dialogIntent).as("%s: dialog for %s", locale, name).isNotNull();
            assertThat(dialogIntent.path("confirmationRequired").isBoolean()).isTrue();
            assertThat(dialogIntent.path("confirmationRequired").asBoolean())
                    .as("%s: %s is confirmed by the handler, not the dialog", locale, name)
                    .isFalse();
            Set<String> elicited = new HashSet<>();
            for (JsonNode slot : dialogIntent.path("slots")) {
                if (slot.path("elicitationRequired").asBoolean(false)) {
                    elicited.add(slot.path("name").asText());
                }
            }
            assertThat(elicited)
                    .as("%s: required slots of %s", locale, name)
                    .containsExactlyInAnyOrderElementsOf(DIALOG_REQUIRED_SLOTS.get(name));
            for (String slotName : elicited) {
                assertThat(texts(declaredSlotNode(intents.get(name), slotName).path("samples")))
                        .as("%s: elicitation answers for %s.%s", locale, name, slotName)
                        .isNotEmpty();
            }
        }

        JsonNode deleteAll = dialogIntents.get("DeleteAllRemindersIntent");
        assertThat(deleteAll)
                .as("%s: dialog for DeleteAllRemindersIntent", locale)
                .isNotNull();
        assertThat(deleteAll.path("confirmationRequired").asBoolean()).isTrue();
        assertThat(prompts)
                .containsKey(deleteAll.path("prompts").path("confirmation").asText(""));
    }

    private static JsonNode declaredSlotNode(JsonNode intent, String slotName) {
        for (JsonNode slot : intent.path("slots")) {
            if (slot.path("name").asText().equals(slotName)) {
                return slot;
            }
        }
        throw new AssertionError(
                "slot " + slotName + " not declared in " + intent.path("name").asText());
    }
}
