package com.example.reminderskill.skill;

/** User text that goes into speech: the SDK wraps speech in {@code <speak>}, so markup characters must be escaped. */
public final class Ssml {

    private Ssml() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
