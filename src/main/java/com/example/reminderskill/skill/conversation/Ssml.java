package com.example.reminderskill.skill.conversation;

/**
 * The one place user text (slots, reminder texts, timer labels, a skill message's text) is made
 * safe: cleaned of what XML 1.0 forbids before it is sent or stored, and for speech also
 * shortened and escaped, since the SDK wraps speech in {@code <speak>}.
 */
public final class Ssml {

    /** The most characters of one user-supplied string that speech reads out before "...". */
    static final int MAX_SPOKEN_USER_TEXT = 250;
    /** What a cut text ends with; in SSML a plain ellipsis is spoken as a pause. */
    static final String ELLIPSIS = "...";
    /** The longest entity {@link #escape} writes ({@code &quot;}, {@code &apos;}). */
    private static final int LONGEST_ENTITY = 6;

    private Ssml() {}

    /** {@code text} without the characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates. */
    public static String clean(String text) {
        if (text.codePoints().allMatch(Ssml::allowed)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(Ssml::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** {@code text} cleaned, with the markup characters {@code & < > " '} escaped, whatever its length. */
    public static String escape(String text) {
        return clean(text)
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    /** User text ready to go into speech: cleaned, cut at a word to {@link #MAX_SPOKEN_USER_TEXT} characters with "...", escaped. */
    public static String userText(String text) {
        String cleaned = clean(text);
        return escape(cleaned.length() <= MAX_SPOKEN_USER_TEXT ? cleaned : cut(cleaned, MAX_SPOKEN_USER_TEXT));
    }

    /**
     * {@code text} in at most {@code max} characters: as it is when it fits, else cut before a word
     * (or, in one long word, before a surrogate pair or an entity it would split) and ended with "...".
     */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int limit = max - ELLIPSIS.length();
        int end = limit;
        while (end > limit / 2 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (end <= limit / 2) {
            end = limit;
            if (Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
            int amp = text.lastIndexOf('&', end - 1);
            int semicolon = amp < 0 ? -1 : text.indexOf(';', amp);
            if (amp >= 0 && end - amp < LONGEST_ENTITY && (semicolon < 0 || semicolon >= end)) {
                end = amp;
            }
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** XML 1.0's Char production; an unpaired surrogate comes out of {@code codePoints()} as itself, and is outside it. */
    private static boolean allowed(int codePoint) {
        return codePoint == '\t'
                || codePoint == '\n'
                || codePoint == '\r'
                || (codePoint >= 0x20 && codePoint <= 0xD7FF)
                || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || codePoint >= 0x10000;
    }
}
