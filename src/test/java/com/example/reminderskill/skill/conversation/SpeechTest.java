package com.example.reminderskill.skill.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeechTest {

    @Test
    void germanSpeech_coversEveryKeyOfTheBase() throws IOException {
        Properties base = load("Speech.properties");
        Properties german = load("Speech_de_DE.properties");

        assertThat(german.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
    }

    @Test
    void britishSpeech_onlyOverridesKeysOfTheBase() throws IOException {
        Properties base = load("Speech.properties");
        Properties british = load("Speech_en_GB.properties");

        assertThat(base.stringPropertyNames()).containsAll(british.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Speech.properties", "Speech_en_GB.properties", "Speech_de_DE.properties"})
    void everyMessage_writesApostrophesTwice_asMessageFormatNeeds(String file) throws IOException {
        Properties messages = load(file);

        assertThat(messages.stringPropertyNames())
                .allSatisfy(key -> assertThat(messages.getProperty(key).replace("''", ""))
                        .as(key)
                        .doesNotContain("'"));
        assertThat(Speech.forLocale("en-US").say("fallback")).contains("can't");
    }

    @Test
    void forLocale_fallsBackToAmericanEnglishForUnknownLocales() {
        assertThat(Speech.forLocale("fr-FR").say("goodbye")).isEqualTo("Goodbye!");
        assertThat(Speech.forLocale(null).say("goodbye")).isEqualTo("Goodbye!");
        assertThat(Speech.forLocale("de-DE").say("goodbye")).isEqualTo("Tschüss!");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "en-GB", "de-DE", "fr-FR"})
    void say_parsedOnce_saysWhatAFreshMessageFormatSays_forEveryKeyAndArguments(String tag) throws IOException {
        Speech speech = Speech.forLocale(tag);
        ResourceBundle bundle = ResourceBundle.getBundle(
                "speech.Speech",
                Locale.forLanguageTag(tag),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<Object[]> argumentSets = List.of(
                new Object[0],
                new Object[] {1, "the bins", "tomorrow"},
                new Object[] {3, "Tee & Kuchen", "at 5 pm", 2},
                new Object[] {12, 1.5, "'quoted'"});

        assertThat(load("Speech.properties").stringPropertyNames()).allSatisfy(key -> {
            for (Object[] arguments : argumentSets) {
                // Twice: the second answer comes from the parsed message.
                for (int time = 0; time < 2; time++) {
                    assertThat(outcome(() -> speech.say(key, arguments)))
                            .as(key + " " + Arrays.toString(arguments))
                            .isEqualTo(outcome(
                                    () -> new MessageFormat(bundle.getString(key), speech.locale()).format(arguments)));
                }
            }
        });
    }

    @Test
    void say_fromManyThreadsAtOnce_fillsInEachCallersArguments() throws Exception {
        Speech speech = Speech.forLocale("en-US");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int count = 1 + i % 9;
                String expected = count == 1 ? "You have one reminder." : "You have " + count + " reminders.";
                answers.add(threads.submit(() -> speech.say("list.count", count).equals(expected)));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** What a call answers, or the kind of exception it throws. */
    private static Object outcome(Supplier<String> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SpeechTest.class.getResourceAsStream("/speech/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
