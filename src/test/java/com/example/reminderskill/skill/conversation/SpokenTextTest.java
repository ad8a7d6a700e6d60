package com.example.reminderskill.skill.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "take my pills | take your pills",
                "call me back | call you back",
                "check if I locked the door | check if you locked the door",
                "I'm meeting Sam | you're meeting Sam",
                "I am late | you are late",
                "ask if I was right | ask if you were right",
                "the blue one is mine | the blue one is yours",
                "treat myself | treat yourself",
                "book our table for us | book your table for you",
                "My keys | Your keys",
                "I’ll bring cake | you’ll bring cake",
                "a myriad of mimes | a myriad of mimes",
                "message Jimmy and Ian | message Jimmy and Ian",
                "fly to the US | fly to the US",
                "buy museum tickets | buy museum tickets",
                "mom's birthday | mom's birthday",
                "email me, then my boss | email you, then your boss",
            })
    void english_turnsTheFirstPersonToTheSecond(String said, String spoken) {
        assertThat(SpokenText.secondPerson(said, "en-US")).isEqualTo(spoken);
        assertThat(SpokenText.secondPerson(said, "en-GB")).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "meine Tabletten nehmen | deine Tabletten nehmen",
                "mein Auto waschen | dein Auto waschen",
                "meinen Bruder anrufen | deinen Bruder anrufen",
                "mit meinem Hund rausgehen | mit deinem Hund rausgehen",
                "an meiner Präsentation arbeiten | an deiner Präsentation arbeiten",
                "das Rad meines Vaters holen | das Rad deines Vaters holen",
                "Mama soll mich anrufen | Mama soll dich anrufen",
                "Anna soll mir helfen | Anna soll dir helfen",
                "dass ich Milch kaufen muss | dass du Milch kaufen muss",
                "ich bin beim Arzt | du bist beim Arzt",
                "morgen muss ich früh los | morgen musst du früh los",
                "Meine Meinung sagen | Deine Meinung sagen",
                "Michael und Mirko direkt anrufen | Michael und Mirko direkt anrufen",
                "nicht sich selbst vergessen | nicht sich selbst vergessen",
                "unser Treffen mit uns vorbereiten | unser Treffen mit uns vorbereiten",
                "allgemein gemeine Dinge | allgemein gemeine Dinge",
                "das ist meins | das ist deins",
            })
    void german_swapsThePronounsAndTheVerbNextToIch_butKeepsUns(String said, String spoken) {
        assertThat(SpokenText.secondPerson(said, "de-DE")).isEqualTo(spoken);
    }

    @Test
    void of_swapsBeforeEscaping() {
        assertThat(SpokenText.of("feed my cat & dog <now>", "en-US")).isEqualTo("feed your cat &amp; dog &lt;now&gt;");
        assertThat(SpokenText.of("ich's", "de-DE")).isEqualTo("ich&apos;s");
    }
}
