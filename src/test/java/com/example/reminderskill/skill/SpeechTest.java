package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

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
