package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeJsonTest {

    private static String richDevice() throws IOException {
        return Files.readString(Path.of("src/test/resources/envelopes/rich-device.json"));
    }

    @Test
    void anEnvelopeTheBinderCovers_isBoundAsTheMapperBindsIt_withoutBuildingADeserializer() throws IOException {
        JsonNode envelope = EnvelopeJson.read(richDevice());
        assertThat(EnvelopeBinder.bind(envelope)).isPresent();

        long built = LazyModelDeserializers.built();
        EnvelopeJson.warmUp(envelope);

        assertThat(LazyModelDeserializers.built()).isEqualTo(built);
        // The suite runs cross-checked: bind() compares both ways, and any difference fails here.
        RequestEnvelope bound = EnvelopeJson.bind(envelope);
        assertThat(bound).isEqualTo(EnvelopeJson.bindWithMapper(envelope));
        assertThat(bound.getRequest()).isInstanceOf(IntentRequest.class);
    }

    @Test
    void anEnvelopeTheBinderLeavesToTheMapper_isWarmedUpByBindingItThere() throws IOException {
        ObjectNode envelope = (ObjectNode) EnvelopeJson.read(richDevice());
        // A member the binder does not know, which the mapper ignores.
        ((ObjectNode) envelope.path("request")).put("comingInALaterModel", true);
        assertThat(EnvelopeBinder.bind(envelope)).isEmpty();

        EnvelopeJson.warmUp(envelope);
        long built = LazyModelDeserializers.built();
        RequestEnvelope bound = EnvelopeJson.bind(envelope);

        assertThat(LazyModelDeserializers.built()).isEqualTo(built);
        assertThat(bound.getRequest()).isInstanceOf(IntentRequest.class);
    }

    @Test
    void warmUp_leavesABadSampleToTheTurn() {
        assertThatCode(() -> EnvelopeJson.warmUp(EnvelopeJson.read("{\"request\": {\"type\": \"NoSuchRequest\"}}")))
                .doesNotThrowAnyException();
        assertThatCode(() -> EnvelopeJson.warmUp(EnvelopeJson.read("[]"))).doesNotThrowAnyException();
    }

    @Test
    void responsesAreWrittenAsTheMapperWritesThem_asTextAndAsBytes() throws IOException {
        ResponseEnvelope response = ResponseEnvelope.builder()
                .withVersion("1.0")
                .withSessionAttributes(Map.of("pending", "create"))
                .withResponse(Response.builder()
                        .withOutputSpeech(SsmlOutputSpeech.builder()
                                .withSsml("<speak>Done 😀</speak>")
                                .build())
                        .withShouldEndSession(true)
                        .build())
                .build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream mapperBytes = new ByteArrayOutputStream();

        EnvelopeJson.write(response, bytes);
        EnvelopeJson.writeWithMapper(response, mapperBytes);

        assertThat(EnvelopeJson.write(response)).isEqualTo(EnvelopeJson.writeWithMapper(response));
        assertThat(bytes.toByteArray()).isEqualTo(mapperBytes.toByteArray());
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"ssml\":\"<speak>Done \\uD83D\\uDE00</speak>\"");
    }

    @Test
    void sessionAttributesNestedAsDeepAsTheParserAllows_bindAsTheMapperBindsThem() throws IOException {
        String launch = Files.readString(Path.of("examples/requests/launch.json"));
        int depth = 990;
        String nested = "[".repeat(depth) + "{\"deep\":true}" + "]".repeat(depth);
        JsonNode envelope =
                EnvelopeJson.read(launch.replace("\"attributes\": {}", "\"attributes\": {\"a\":" + nested + "}"));

        RequestEnvelope bound = EnvelopeJson.bind(envelope);

        assertThat(bound).isEqualTo(EnvelopeJson.bindWithMapper(envelope));
        assertThat(bound.getSession().getAttributes()).containsKey("a");
    }

    @Test
    void aBadRequestFailsAsTheMapperFails() throws IOException {
        JsonNode notAnEnvelope = EnvelopeJson.read("{\"request\": {\"type\": \"NoSuchRequest\"}}");

        assertThatThrownBy(() -> EnvelopeJson.bindWithMapper(notAnEnvelope)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> EnvelopeJson.bind(notAnEnvelope)).isInstanceOf(IOException.class);
    }
}
