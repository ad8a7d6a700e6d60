package com.example.reminderskill.skill.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cleaning, escaping and cutting user text for speech. */
class SsmlTest {

    @Test
    void clean_removesWhatXmlForbids_keepsTabNewlineAndReturn() {
        String text = "a\u0000b\u0007c\u000Bd\u000Ce\u000Ef\u001Fg\t\n\rh\uFFFEi\uFFFFj";

        assertThat(Ssml.clean(text)).isEqualTo("abcdefg\t\n\rhij");
    }

    @Test
    void clean_keepsASurrogatePair_dropsUnpairedSurrogates() {
        String emoji = "\uD83C\uDF55";

        assertThat(Ssml.clean("pizza " + emoji + " night")).isEqualTo("pizza " + emoji + " night");
        assertThat(Ssml.clean("a\uD83Cb\uDF55c\uD83C")).isEqualTo("abc");
        assertThat(Ssml.clean("\uDF55\uD83C" + emoji)).isEqualTo(emoji);
    }

    @Test
    void clean_returnsCleanTextAsItIs() {
        String text = "walk the dog";

        assertThat(Ssml.clean(text)).isSameAs(text);
    }

    @Test
    void escape_cleansThenEscapesMarkup() {
        assertThat(Ssml.escape("salt & <pepper>\u0000 \"a\" 'b'"))
                .isEqualTo("salt &amp; &lt;pepper&gt; &quot;a&quot; &apos;b&apos;");
    }

    @Test
    void userText_keepsShortText() {
        assertThat(Ssml.userText("buy milk & eggs")).isEqualTo("buy milk &amp; eggs");
    }

    @Test
    void userText_cutsLongTextAtAWordWithAnEllipsis() {
        String text = "word ".repeat(100);

        String spoken = Ssml.userText(text);

        assertThat(spoken)
                .hasSizeLessThanOrEqualTo(Ssml.MAX_SPOKEN_USER_TEXT)
                .endsWith("word...")
                .doesNotContain("wo...");
    }

    @Test
    void userText_cutsBeforeEscaping_soNoEntityIsSplit() {
        String spoken = Ssml.userText("&".repeat(1000));

        assertThat(spoken).matches("(&amp;){200,247}\\.\\.\\.");
    }

    @Test
    void cut_inOneLongWord_doesNotSplitASurrogatePair() {
        String text = "a".repeat(6) + "\uD83C\uDF55".repeat(10);

        String cut = Ssml.cut(text, 10);

        assertThat(cut).isEqualTo("aaaaaa...");
        assertThat(Ssml.clean(cut)).isEqualTo(cut);
    }

    @Test
    void cut_inOneLongWord_doesNotSplitAnEntity() {
        String text = "abcd&quot;" + "x".repeat(20);

        assertThat(Ssml.cut(text, 10)).isEqualTo("abcd...");
    }
}
