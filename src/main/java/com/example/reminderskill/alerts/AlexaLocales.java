package com.example.reminderskill.alerts;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Locales as the Alexa APIs write them: language-COUNTRY, such as {@code en-US} or {@code de-DE}. */
public final class AlexaLocales {

    private static final Pattern LOCALE = Pattern.compile("([a-z]{2})-([A-Z]{2})");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private AlexaLocales() {}

    /** Whether {@code value} is an ISO language and country joined by a hyphen. */
    public static boolean isValid(String value) {
        Matcher matcher = LOCALE.matcher(value);
        return matcher.matches() && LANGUAGES.contains(matcher.group(1)) && COUNTRIES.contains(matcher.group(2));
    }
}
