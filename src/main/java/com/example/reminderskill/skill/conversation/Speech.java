package com.example.reminderskill.skill.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the skill says, per locale, from {@code speech/Speech*.properties}: en-US is the base,
 * en-GB overrides what British English says differently, de-DE has its own. Unknown locales
 * fall back to en-US. Every message is a {@link MessageFormat} pattern, so an apostrophe is
 * written twice ({@code can''t}).
 */
public final class Speech {

    private static final String BUNDLE = "speech.Speech";
    /** One per locale tag a request named, so a turn does not parse its tag and look up its bundle again; bounded against odd tags. */
    private static final Map<String, Speech> BY_TAG = new ConcurrentHashMap<>();

    private static final int MAX_CACHED_TAGS = 32;

    private final ResourceBundle bundle;
    private final Locale locale;
    /** Each message parsed once: parsing a pattern was a tenth of a warm launch. Bounded by the bundle's keys. */
    private final Map<String, Function<Object[], String>> messages = new ConcurrentHashMap<>();

    private Speech(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The speech for a request's locale tag such as {@code de-DE}; null or unknown tags get en-US. */
    public static Speech forLocale(String localeTag) {
        String tag = localeTag == null ? "" : localeTag;
        Speech cached = BY_TAG.get(tag);
        if (cached != null) {
            return cached;
        }
        Speech speech = load(tag);
        if (BY_TAG.size() < MAX_CACHED_TAGS) {
            BY_TAG.putIfAbsent(tag, speech);
        }
        return speech;
    }

    private static Speech load(String localeTag) {
        Locale locale = localeTag.isBlank() ? Locale.US : Locale.forLanguageTag(localeTag);
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Speech(bundle, bundle.getLocale().toString().isEmpty() ? Locale.US : locale);
    }

    /** The speech for the locale of the request {@code input} carries. */
    public static Speech of(HandlerInput input) {
        return forLocale(input.getRequestEnvelope().getRequest().getLocale());
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key} with {@code arguments} filled in (MessageFormat, in this locale).
     *
     * @throws MissingResourceException when no locale defines the key: a defect, caught by tests
     */
    public String say(String key, Object... arguments) {
        return messages.computeIfAbsent(key, this::parse).apply(arguments);
    }

    /**
     * The message {@code key} as a function of its arguments, its pattern parsed once. The pattern is
     * copied for each use, since a {@link MessageFormat} and its number and choice formats are not
     * safe to share between threads; a message without placeholders is the same text whatever the
     * arguments, so it is formatted once.
     */
    private Function<Object[], String> parse(String key) {
        MessageFormat pattern = new MessageFormat(bundle.getString(key), locale);
        if (pattern.getFormats().length == 0) {
            String text = pattern.format(new Object[0]);
            return arguments -> text;
        }
        return arguments -> ((MessageFormat) pattern.clone()).format(arguments);
    }
}
