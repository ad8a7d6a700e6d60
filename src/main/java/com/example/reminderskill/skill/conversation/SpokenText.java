package com.example.reminderskill.skill.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A reminder's text as the skill speaks it back: turned to the second person, as Alexa's own
 * reminders do ("remind me to take my pills": "I'll remind you to take your pills"), then made
 * safe by {@link Ssml#userText}. Only speech changes: the reminder keeps the user's words, since
 * Alexa reads them to the user when it rings.
 *
 * <p>The swap is word by word, with a few two-word phrases for the verb that goes with "I"/"ich"
 * next to it ("I am", "ich bin", "muss ich"). Its limits: a German verb that is not next to "ich"
 * keeps its form ("dass ich heute gehe" becomes "dass du heute gehe"), "meinen" as the verb "to
 * mean" is read as the possessive, "uns"/"unser" stay (a single user has no "euch"), a "you" the
 * user said to someone else is not turned back ("tell mom I love you"), and words in capitals are
 * left alone, being more often abbreviations ("US") than pronouns.
 */
public final class SpokenText {

    /** A word with its apostrophes and hyphens: "I'm" is one word, and so is "ich-bezogen", which must not change. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    private static final Map<String, String> ENGLISH = table(
            Map.ofEntries(
                    Map.entry("i", "you"),
                    Map.entry("me", "you"),
                    Map.entry("my", "your"),
                    Map.entry("mine", "yours"),
                    Map.entry("myself", "yourself"),
                    Map.entry("i'm", "you're"),
                    Map.entry("i've", "you've"),
                    Map.entry("i'll", "you'll"),
                    Map.entry("i'd", "you'd"),
                    Map.entry("our", "your"),
                    Map.entry("ours", "yours"),
                    Map.entry("us", "you"),
                    Map.entry("ourselves", "yourselves")),
            "i",
            "you",
            Map.of("am", "are", "was", "were"));

    private static final Map<String, String> GERMAN = table(
            Map.ofEntries(
                    Map.entry("ich", "du"),
                    Map.entry("mich", "dich"),
                    Map.entry("mir", "dir"),
                    Map.entry("mein", "dein"),
                    Map.entry("meine", "deine"),
                    Map.entry("meinen", "deinen"),
                    Map.entry("meinem", "deinem"),
                    Map.entry("meiner", "deiner"),
                    Map.entry("meines", "deines"),
                    Map.entry("meins", "deins")),
            "ich",
            "du",
            Map.ofEntries(
                    Map.entry("bin", "bist"),
                    Map.entry("habe", "hast"),
                    Map.entry("hab", "hast"),
                    Map.entry("muss", "musst"),
                    Map.entry("kann", "kannst"),
                    Map.entry("will", "willst"),
                    Map.entry("soll", "sollst"),
                    Map.entry("darf", "darfst"),
                    Map.entry("war", "warst"),
                    Map.entry("werde", "wirst"),
                    Map.entry("möchte", "möchtest"),
                    Map.entry("meine", "meinst")));

    private SpokenText() {}

    /** {@code text} in the second person for {@code locale} (a tag such as {@code de-DE}), ready to go into speech. */
    public static String of(String text, String locale) {
        return Ssml.userText(secondPerson(text, locale));
    }

    /** {@code text} with the user's first person turned to the second, in the language of {@code locale}; English unless it is German. */
    static String secondPerson(String text, String locale) {
        Objects.requireNonNull(text, "text");
        Map<String, String> table =
                locale != null && locale.toLowerCase(Locale.ROOT).startsWith("de") ? GERMAN : ENGLISH;
        List<MatchResult> words = WORD.matcher(text).results().toList();
        StringBuilder spoken = new StringBuilder(text.length());
        int done = 0;
        for (int i = 0; i < words.size(); i++) {
            MatchResult word = words.get(i);
            if (i + 1 < words.size()
                    && text.substring(word.end(), words.get(i + 1).start()).equals(" ")) {
                MatchResult next = words.get(i + 1);
                String phrase = table.get(key(text, word) + " " + key(text, next));
                if (phrase != null) {
                    String[] swapped = phrase.split(" ");
                    spoken.append(text, done, word.start())
                            .append(cased(text.substring(word.start(), word.end()), swapped[0]))
                            .append(' ')
                            .append(cased(text.substring(next.start(), next.end()), swapped[1]));
                    done = next.end();
                    i++;
                    continue;
                }
            }
            String swapped = table.get(key(text, word));
            if (swapped != null) {
                spoken.append(text, done, word.start())
                        .append(cased(text.substring(word.start(), word.end()), swapped));
                done = word.end();
            }
        }
        return spoken.append(text, done, text.length()).toString();
    }

    /**
     * The word table plus the two-word phrases of the subject pronoun and a verb in either order
     * ("i am", "am i"), from {@code verbs}: each verb's first-person form to its second-person form.
     */
    private static Map<String, String> table(
            Map<String, String> words, String firstPerson, String secondPerson, Map<String, String> verbs) {
        Map<String, String> table = new HashMap<>(words);
        verbs.forEach((first, second) -> {
            table.put(firstPerson + " " + first, secondPerson + " " + second);
            table.put(first + " " + firstPerson, second + " " + secondPerson);
        });
        return Map.copyOf(table);
    }

    private static String key(String text, MatchResult word) {
        return text.substring(word.start(), word.end()).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /**
     * {@code swapped} in the case of {@code original}: capitalised when it was ("My" to "Your", "Ich"
     * to "Du"), but "I" is capital in any place, so "I'm" gives "you're"; an all-capital word
     * stays as it was; a typographic apostrophe stays typographic.
     */
    private static String cased(String original, String swapped) {
        boolean pronounI = original.equals("I") || original.startsWith("I'") || original.startsWith("I’");
        String letters = original.replaceAll("[^\\p{L}]", "");
        if (!pronounI && letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return original;
        }
        String word = original.indexOf('’') >= 0 ? swapped.replace('\'', '’') : swapped;
        return !pronounI && Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                : word;
    }
}
