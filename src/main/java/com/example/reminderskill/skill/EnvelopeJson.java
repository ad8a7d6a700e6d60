package com.example.reminderskill.skill;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.util.impl.ObjectMapperFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Request and response envelopes as JSON, on the ASK SDK's own mapper (which its request
 * unmarshaller and service clients share), tuned once for a fast first turn: model properties
 * get their deserializers when a request first holds them ({@link LazyModelDeserializers}) and
 * polymorphic model types name their subtypes from the SDK's manifest ({@link ModelSubtypes}).
 * A request is read once into a tree ({@link JsonTrees}, without databind) and bound from that tree.
 */
public final class EnvelopeJson {

    /**
     * Built on first use: constructing the SDK's mapper is 20-30 ms of a cold start, which {@code invoke}
     * spends on a second core ({@link #warmUp}) while the first reaches the emulator.
     */
    private static final class Sdk {
        static final ObjectMapper MAPPER = tuned(ObjectMapperFactory.getMapper());
    }

    /**
     * Made on first use, not with the mapper: making them builds the envelopes' deserializers and
     * serializers, which a thread that only needs the tuned mapper (assembling the skill) should not wait for.
     */
    private static final class Envelopes {
        static final ObjectReader REQUEST = Sdk.MAPPER.readerFor(RequestEnvelope.class);
        static final ObjectWriter RESPONSE = Sdk.MAPPER.writerFor(ResponseEnvelope.class);
    }

    private EnvelopeJson() {}

    static ObjectMapper tuned(ObjectMapper mapper) {
        LazyModelDeserializers.installOn(mapper);
        return mapper.setSubtypeResolver(new ModelSubtypes());
    }

    /** The SDK's mapper, tuned: whoever builds a skill calls this first, so every path to the SDK binds the same way. */
    static ObjectMapper sdkMapper() {
        return Sdk.MAPPER;
    }

    /**
     * The JSON tree of a request, or of any JSON (an empty input gives a missing node).
     *
     * @throws JsonProcessingException when the bytes are not JSON
     */
    public static JsonNode read(byte[] json) throws IOException {
        return JsonTrees.read(json);
    }

    /**
     * The JSON tree of a request (an empty text gives a missing node).
     *
     * @throws JsonProcessingException when the text is not JSON
     */
    public static JsonNode read(String json) throws IOException {
        return JsonTrees.read(json);
    }

    /**
     * The envelope the tree holds, bound as the SDK binds it.
     *
     * @throws JsonProcessingException when the tree is not a request envelope
     */
    public static RequestEnvelope bind(JsonNode envelope) throws IOException {
        return Envelopes.REQUEST.readValue(envelope);
    }

    /** Writes the response envelope as the SDK does (and closes {@code out}, as the SDK does). */
    public static void write(ResponseEnvelope response, OutputStream out) throws IOException {
        Envelopes.RESPONSE.writeValue(out, response);
    }

    /**
     * Binds {@code sample} and writes a typical answer, discarding both, so that the deserializers and
     * serializers a first turn needs are built: for a second core while the skill is assembled.
     */
    public static void warmUp(String sample) {
        try {
            bind(read(sample));
            SsmlOutputSpeech speech = SsmlOutputSpeech.builder()
                    .withSsml("<speak>warm-up</speak>")
                    .build();
            write(ResponseEnvelope.builder()
                    .withVersion("1.0")
                    .withResponse(Response.builder()
                            .withOutputSpeech(speech)
                            .withReprompt(
                                    Reprompt.builder().withOutputSpeech(speech).build())
                            .withCard(SimpleCard.builder()
                                    .withTitle("warm-up")
                                    .withContent("warm-up")
                                    .build())
                            .withShouldEndSession(false)
                            .build())
                    .build());
        } catch (IOException | RuntimeException e) {
            // The turn itself reports what is wrong with the request.
        }
    }

    /** Any JSON tree as compact text, as {@code JsonNode.toString()} gives it (which builds a mapper). */
    public static String text(JsonNode tree) throws IOException {
        return JsonTrees.write(tree);
    }

    /** The response envelope as JSON text. */
    public static String write(ResponseEnvelope response) throws JsonProcessingException {
        return Envelopes.RESPONSE.writeValueAsString(response);
    }
}
