package com.example.reminderskill.alerts.reminders;

import static com.example.reminderskill.alerts.reminders.Json.present;
import static com.example.reminderskill.alerts.reminders.Json.show;

import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.AlexaLocales;
import com.example.reminderskill.alerts.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks {@code alertInfo.spokenInfo.content}: what Alexa says when the reminder rings. */
final class SpokenContentValidator {

    private static final String CONTENT = "alertInfo.spokenInfo.content";
    /** A tag, comment, CDATA section or processing instruction. */
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[A-Za-z!?][^<>]*>");

    private static final Pattern SPEAK = Pattern.compile("(?s)<speak\\s*>(.*)</speak\\s*>");
    private static final Pattern AMPERSAND_NOT_ENTITY =
            Pattern.compile("&(?!(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)");

    /** The locales the content names, read leniently: the recurrence gap rule depends on them. */
    static List<String> locales(JsonNode body) {
        List<String> locales = new ArrayList<>();
        body.path("alertInfo")
                .path("spokenInfo")
                .path("content")
                .forEach(item -> locales.add(item.path("locale").asText("")));
        return locales;
    }

    void check(JsonNode alertInfo) {
        if (!present(alertInfo) || !alertInfo.isObject()) {
            throw invalid("alertInfo is required: an object with spokenInfo.content");
        }
        JsonNode spokenInfo = alertInfo.get("spokenInfo");
        if (!present(spokenInfo) || !spokenInfo.isObject()) {
            throw invalid("alertInfo.spokenInfo is required: an object with content");
        }
        JsonNode content = spokenInfo.get("content");
        if (!present(content) || !content.isArray()) {
            throw invalid(CONTENT + " is required: an array of {locale, text}");
        }
        if (content.isEmpty()) {
            throw invalid(CONTENT + " must hold at least one item");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < content.size(); i++) {
            checkItem(content.get(i), CONTENT + "[" + i + "]", seen);
        }
    }

    private void checkItem(JsonNode item, String path, Set<String> seen) {
        if (!item.isObject()) {
            throw invalid(path + " must be an object with locale and text");
        }
        JsonNode locale = item.get("locale");
        if (!present(locale) || !locale.isTextual() || !AlexaLocales.isValid(locale.asText())) {
            throw invalid(path + ".locale " + (present(locale) ? show(locale) : "(missing)")
                    + " is not a locale such as en-US (language-COUNTRY)");
        }
        if (!seen.add(locale.asText())) {
            throw invalid(path + ".locale " + locale.asText() + " appears more than once");
        }
        JsonNode text = item.get("text");
        if (!present(text) || !text.isTextual() || text.asText().isBlank()) {
            throw invalid(path + ".text is required and must not be blank");
        }
        Matcher markup = MARKUP.matcher(text.asText());
        if (markup.find()) {
            throw invalid(path + ".text must be plain text, found markup " + markup.group() + "; put SSML in " + path
                    + ".ssml");
        }
        JsonNode ssml = item.get("ssml");
        if (present(ssml)) {
            checkSsml(ssml, path + ".ssml");
        }
    }

    private void checkSsml(JsonNode ssml, String path) {
        if (!ssml.isTextual()) {
            throw invalid(path + " must be a string such as <speak>walk the dog</speak>");
        }
        Matcher speak = SPEAK.matcher(ssml.asText().strip());
        if (!speak.matches()) {
            throw invalid(path + " must be one <speak> element, such as <speak>walk the dog</speak>");
        }
        String inner = speak.group(1);
        Matcher tag = MARKUP.matcher(inner);
        if (tag.find()) {
            throw invalid(path + " may use no tag but <speak>, found " + tag.group());
        }
        if (inner.indexOf('<') >= 0) {
            throw invalid(path + " has an unescaped '<'; write &lt;");
        }
        if (AMPERSAND_NOT_ENTITY.matcher(inner).find()) {
            throw invalid(path + " has an unescaped '&'; write &amp;");
        }
        if (inner.isBlank()) {
            throw invalid(path + " has nothing to say inside <speak>");
        }
    }

    private static AlexaApiException invalid(String message) {
        return AlexaApiException.invalidRequest(ErrorCode.INVALID_ALERT_INFO, message);
    }
}
