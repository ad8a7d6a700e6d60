package com.example.reminderskill.skill;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ui.Card;
import com.amazon.ask.model.ui.OutputSpeech;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.example.reminderskill.skill.conversation.Ssml;
import java.util.Objects;
import java.util.Optional;

/**
 * The last guard on every answer: output speech and reprompt within Alexa's 8000 characters of
 * SSML, a simple card's title and content within 8000 together. Responses are immutable, so each
 * handler is wrapped and its response rebuilt only when something is too long.
 */
final class ResponseLimits {

    /** Alexa's limit on the SSML of output speech or a reprompt, {@code <speak>} tags included. */
    static final int MAX_SSML = 8000;
    /** Alexa's limit on a card's title and content together. */
    static final int MAX_CARD = 8000;

    private static final String SPEAK = "<speak>";
    private static final String UNSPEAK = "</speak>";

    private ResponseLimits() {}

    /** {@code handler}, with what it answers kept within the limits. */
    static RequestHandler fitting(RequestHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return new RequestHandler() {
            @Override
            public boolean canHandle(HandlerInput input) {
                return handler.canHandle(input);
            }

            @Override
            public Optional<Response> handle(HandlerInput input) {
                return handler.handle(input).map(ResponseLimits::fit);
            }
        };
    }

    /** {@code handler}, with what it answers kept within the limits. */
    static ExceptionHandler fitting(ExceptionHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return new ExceptionHandler() {
            @Override
            public boolean canHandle(HandlerInput input, Throwable throwable) {
                return handler.canHandle(input, throwable);
            }

            @Override
            public Optional<Response> handle(HandlerInput input, Throwable throwable) {
                return handler.handle(input, throwable).map(ResponseLimits::fit);
            }
        };
    }

    /** {@code response} itself when it is within the limits, else a copy with its speech, reprompt and card cut to fit. */
    static Response fit(Response response) {
        OutputSpeech speech = fit(response.getOutputSpeech());
        Reprompt reprompt = response.getReprompt();
        OutputSpeech repromptSpeech = reprompt == null ? null : fit(reprompt.getOutputSpeech());
        Card card = fit(response.getCard());
        if (speech == response.getOutputSpeech()
                && (reprompt == null || repromptSpeech == reprompt.getOutputSpeech())
                && card == response.getCard()) {
            return response;
        }
        return Response.builder()
                .withOutputSpeech(speech)
                .withReprompt(
                        reprompt == null
                                ? null
                                : Reprompt.builder()
                                        .withOutputSpeech(repromptSpeech)
                                        .withDirectives(reprompt.getDirectives())
                                        .build())
                .withCard(card)
                .withDirectives(response.getDirectives())
                .withApiResponse(response.getApiResponse())
                .withShouldEndSession(response.getShouldEndSession())
                .withCanFulfillIntent(response.getCanFulfillIntent())
                .withExperimentation(response.getExperimentation())
                .build();
    }

    private static OutputSpeech fit(OutputSpeech speech) {
        if (!(speech instanceof SsmlOutputSpeech ssml)
                || ssml.getSsml() == null
                || ssml.getSsml().length() <= MAX_SSML) {
            return speech;
        }
        String text = ssml.getSsml();
        // Only the SDK's own <speak> wrapping is markup here; everything inside is text and entities, so a cut between
        // words keeps it valid.
        String fitted = text.startsWith(SPEAK) && text.endsWith(UNSPEAK)
                ? SPEAK
                        + Ssml.cut(
                                text.substring(SPEAK.length(), text.length() - UNSPEAK.length()),
                                MAX_SSML - SPEAK.length() - UNSPEAK.length())
                        + UNSPEAK
                : Ssml.cut(text, MAX_SSML);
        return SsmlOutputSpeech.builder()
                .withSsml(fitted)
                .withPlayBehavior(ssml.getPlayBehavior())
                .build();
    }

    private static Card fit(Card card) {
        if (!(card instanceof SimpleCard simple)) {
            return card;
        }
        String title = Ssml.cut(Ssml.clean(Objects.toString(simple.getTitle(), "")), MAX_CARD / 2);
        String content = Ssml.cut(Ssml.clean(Objects.toString(simple.getContent(), "")), MAX_CARD - title.length());
        if (title.equals(simple.getTitle()) && content.equals(simple.getContent())) {
            return card;
        }
        return SimpleCard.builder().withTitle(title).withContent(content).build();
    }
}
