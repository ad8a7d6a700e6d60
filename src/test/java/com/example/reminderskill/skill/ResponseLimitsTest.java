package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.model.Response;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.response.ResponseBuilder;
import org.junit.jupiter.api.Test;

/** The last guard on what a response says and shows. */
class ResponseLimitsTest {

    @Test
    void aResponseWithinTheLimits_isKeptAsItIs() {
        Response response = new ResponseBuilder()
                .withSpeech("Hello.")
                .withReprompt("Hello?")
                .withSimpleCard("Title", "Content")
                .build()
                .orElseThrow();

        assertThat(ResponseLimits.fit(response)).isSameAs(response);
    }

    @Test
    void longSpeechAndReprompt_areCutAtAWordWithinTheLimit() {
        String long1 = "salt &amp; pepper ".repeat(1000);
        Response response = new ResponseBuilder()
                .withSpeech(long1)
                .withReprompt(long1)
                .withShouldEndSession(false)
                .build()
                .orElseThrow();

        Response fitted = ResponseLimits.fit(response);

        String speech = ((SsmlOutputSpeech) fitted.getOutputSpeech()).getSsml();
        String reprompt = ((SsmlOutputSpeech) fitted.getReprompt().getOutputSpeech()).getSsml();
        assertThat(speech)
                .hasSizeLessThanOrEqualTo(ResponseLimits.MAX_SSML)
                .startsWith("<speak>salt &amp; pepper")
                .endsWith("...</speak>");
        assertThat(reprompt).isEqualTo(speech);
        assertThat(fitted.getShouldEndSession()).isFalse();
    }

    @Test
    void aLongCard_fitsTitleAndContentTogether() {
        Response response = new ResponseBuilder()
                .withSimpleCard("Reminder set", "note ".repeat(3000))
                .build()
                .orElseThrow();

        SimpleCard card = (SimpleCard) ResponseLimits.fit(response).getCard();

        assertThat(card.getTitle().length() + card.getContent().length()).isLessThanOrEqualTo(ResponseLimits.MAX_CARD);
        assertThat(card.getTitle()).isEqualTo("Reminder set");
        assertThat(card.getContent()).endsWith("note...");
    }
}
