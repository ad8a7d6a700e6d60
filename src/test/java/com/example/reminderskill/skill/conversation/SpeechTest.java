package com.example.reminderskill.skill.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
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

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = SpeechTest.class.getResourceAsStream("/speech/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
