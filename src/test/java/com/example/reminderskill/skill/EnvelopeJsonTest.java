package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EnvelopeJsonTest {

    @Test
    void warmUp_buildsWhatBindingTheSampleNeeds() throws IOException {
        String sample = Files.readString(Path.of("src/test/resources/envelopes/rich-device.json"));

        EnvelopeJson.warmUp(sample);
        long built = LazyModelDeserializers.built();
        RequestEnvelope envelope = EnvelopeJson.bind(EnvelopeJson.read(sample));

        assertThat(LazyModelDeserializers.built()).isEqualTo(built);
        assertThat(envelope.getRequest()).isInstanceOf(IntentRequest.class);
    }

    @Test
    void warmUp_leavesABadSampleToTheTurn() {
        assertThatCode(() -> EnvelopeJson.warmUp("{\"request\": {\"type\": \"NoSuchRequest\"}}"))
                .doesNotThrowAnyException();
        assertThatCode(() -> EnvelopeJson.warmUp("not json")).doesNotThrowAnyException();
    }
}
