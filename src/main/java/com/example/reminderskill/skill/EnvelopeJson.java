package com.example.reminderskill.skill;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.util.impl.ObjectMapperFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Request and response envelopes as JSON, exactly as the ASK SDK's mapper reads and writes them, at
 * a fraction of a cold start's cost. A request is read once into a tree ({@link JsonTrees}, without
 * databind) and bound from that tree; the envelopes a skill usually gets and gives are bound and
 * written by hand ({@link EnvelopeBinder}, {@link ResponseWriter}), and anything else by the SDK's
 * own mapper, tuned once: model properties get their deserializers when a request first holds them
 * ({@link LazyModelDeserializers}) and polymorphic model types name their subtypes from the SDK's
 * manifest ({@link ModelSubtypes}).
 *
 * <p>With the system property {@value #CROSS_CHECK} set to {@code true} (the unit tests set it),
 * every envelope bound or written by hand is also bound or written by the mapper, and a difference
 * fails the call: the whole suite checks the hand-written path against the SDK's.
 */
public final class EnvelopeJson {

    static final String CROSS_CHECK = "reminderskill.envelopes.crossCheck";

    private static final boolean CROSS_CHECKING = Boolean.getBoolean(CROSS_CHECK);

    /**
     * Built on first use: constructing the SDK's mapper is 20-30 ms of a cold start, which {@code invoke}
     * spends on a second core ({@link #warmUp}) while the first reaches the emulator.
     */
    private static final class Sdk {
        static final ObjectMapper MAPPER = tuned(ObjectMapperFactory.getMapper());
    }

    /** Made on first use, each on its own: making one builds its envelope's (de)serializers, tens of milliseconds. */
    private static final class Requests {
        static final ObjectReader READER = Sdk.MAPPER.readerFor(RequestEnvelope.class);
    }

    private static final class Responses {
        static final ObjectWriter WRITER = Sdk.MAPPER.writerFor(ResponseEnvelope.class);
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
        Optional<RequestEnvelope> byHand = EnvelopeBinder.bind(envelope);
        if (byHand.isEmpty()) {
            return bindWithMapper(envelope);
        }
        if (CROSS_CHECKING && !byHand.get().equals(bindWithMapper(envelope))) {
            // The request's type only: the envelope holds the user's token.
            throw new IllegalStateException("EnvelopeBinder and the SDK's mapper bind a "
                    + envelope.path("request").path("type").asText() + " differently");
        }
        return byHand.get();
    }

    /** Writes the response envelope as the SDK does (and closes {@code out}, as the SDK does). */
    public static void write(ResponseEnvelope response, OutputStream out) throws IOException {
        if (!CROSS_CHECKING) {
            if (!ResponseWriter.write(response, out)) {
                Responses.WRITER.writeValue(out, response);
            }
            return;
        }
        ByteArrayOutputStream byHand = new ByteArrayOutputStream();
        if (ResponseWriter.write(response, byHand)) {
            ByteArrayOutputStream byMapper = new ByteArrayOutputStream();
            writeWithMapper(response, byMapper);
            requireSame(byHand.toString(StandardCharsets.UTF_8), byMapper.toString(StandardCharsets.UTF_8));
        }
        writeWithMapper(response, out);
    }

    /** The response envelope as JSON text. */
    public static String write(ResponseEnvelope response) throws JsonProcessingException {
        Optional<String> byHand = ResponseWriter.write(response);
        if (byHand.isEmpty()) {
            return writeWithMapper(response);
        }
        if (CROSS_CHECKING) {
            requireSame(byHand.get(), writeWithMapper(response));
        }
        return byHand.get();
    }

    /** Any JSON tree as compact text, as {@code JsonNode.toString()} gives it (which builds a mapper). */
    public static String text(JsonNode tree) throws IOException {
        return JsonTrees.write(tree);
    }

    /**
     * Builds what a first turn on {@code sample} needs beyond the hand-written path: the SDK's mapper
     * (building the skill waits for it) and, for a request the binder leaves to the mapper, the
     * mapper's deserializers. For a second core while the first reaches the emulator; discards all.
     */
    public static void warmUp(JsonNode sample) {
        try {
            sdkMapper();
            if (EnvelopeBinder.bind(sample).isEmpty()) {
                bindWithMapper(sample);
            }
        } catch (IOException | RuntimeException e) {
            // The turn itself reports what is wrong with the request.
        }
    }

    /** Binding by the SDK's mapper alone: what the hand-written path must equal. */
    static RequestEnvelope bindWithMapper(JsonNode envelope) throws IOException {
        return Requests.READER.readValue(envelope);
    }

    /** Writing by the SDK's mapper alone: what the hand-written path must equal, byte for byte. */
    static String writeWithMapper(ResponseEnvelope response) throws JsonProcessingException {
        return Responses.WRITER.writeValueAsString(response);
    }

    static void writeWithMapper(ResponseEnvelope response, OutputStream out) throws IOException {
        Responses.WRITER.writeValue(out, response);
    }

    private static void requireSame(String byHand, String byMapper) {
        if (!byHand.equals(byMapper)) {
            int at = 0;
            while (at < Math.min(byHand.length(), byMapper.length()) && byHand.charAt(at) == byMapper.charAt(at)) {
                at++;
            }
            throw new IllegalStateException(
                    "ResponseWriter and the SDK's mapper write differently from character " + at);
        }
    }
}
