package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.viewport.ViewportState;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LazyModelDeserializersTest {

    private static final Path RICH = Path.of("src/test/resources/envelopes/rich-device.json");

    static Stream<Path> envelopes() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("examples/requests"))) {
            return Stream.concat(
                    examples.filter(path -> path.toString().endsWith(".json")).sorted().toList().stream(),
                    Stream.of(RICH));
        }
    }

    /** Configured as the SDK's own mapper is ({@code ObjectMapperFactory}), which is shared and so not used here. */
    private static ObjectMapper sdkLikeMapper() {
        return new ObjectMapper()
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_EMPTY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
                .registerModule(new JavaTimeModule());
    }

    private static ObjectMapper lazyMapper() {
        ObjectMapper mapper = sdkLikeMapper();
        LazyModelDeserializers.installOn(mapper);
        return mapper;
    }

    @ParameterizedTest
    @MethodSource("envelopes")
    void bindsEveryRequestExactlyAsTheSdkMapperDoes(Path envelope) throws IOException {
        byte[] json = Files.readAllBytes(envelope);
        ObjectMapper eager = sdkLikeMapper();
        ObjectMapper lazy = lazyMapper();

        RequestEnvelope expected = eager.readValue(json, RequestEnvelope.class);
        RequestEnvelope actual = lazy.readValue(json, RequestEnvelope.class);
        RequestEnvelope again = lazy.readValue(json, RequestEnvelope.class);

        assertThat(actual).isEqualTo(expected);
        assertThat(again).isEqualTo(expected);
        assertThat(lazy.writeValueAsString(actual)).isEqualTo(eager.writeValueAsString(expected));
    }

    @Test
    void bindsNestedPolymorphicAndNullPropertiesOfARichDevice() throws IOException {
        RequestEnvelope envelope = lazyMapper().readValue(RICH.toFile(), RequestEnvelope.class);

        assertThat(envelope.getRequest()).isInstanceOf(IntentRequest.class);
        assertThat(((IntentRequest) envelope.getRequest()).getIntent().getSlots())
                .containsOnlyKeys("text", "duration");
        assertThat(envelope.getContext().getViewports()).hasSize(2);
        assertThat(envelope.getContext().getViewports().get(1).getType()).isEqualTo("APLT");
        assertThat(envelope.getContext().getViewport().getPixelWidth().intValue())
                .isEqualTo(1024);
        assertThat(envelope.getContext().getGeolocation()).isNull();
        assertThat(envelope.getContext()
                        .getSystem()
                        .getDevice()
                        .getSupportedInterfaces()
                        .getAlexaPresentationAPL())
                .isNotNull();
    }

    @Test
    void buildsNoDeserializerForAPropertyTheRequestDoesNotHold() throws IOException {
        byte[] launch = Files.readAllBytes(Path.of("examples/requests/launch.json"));
        Set<Class<?>> eagerBuilt = ConcurrentHashMap.newKeySet();
        Set<Class<?>> lazyBuilt = ConcurrentHashMap.newKeySet();
        ObjectMapper eager = sdkLikeMapper().registerModule(recordingBuilt(eagerBuilt));
        ObjectMapper lazy = lazyMapper().registerModule(recordingBuilt(lazyBuilt));

        eager.readValue(launch, RequestEnvelope.class);
        lazy.readValue(launch, RequestEnvelope.class);

        // The model binds through builders: a built deserializer is recorded under the builder's class.
        assertThat(eagerBuilt).contains(ViewportState.Builder.class);
        assertThat(lazyBuilt).doesNotContain(ViewportState.Builder.class).contains(RequestEnvelope.Builder.class);
        assertThat(lazyBuilt.size()).isLessThan(eagerBuilt.size() / 2);
    }

    private static SimpleModule recordingBuilt(Set<Class<?>> built) {
        SimpleModule module = new SimpleModule("recording-" + System.identityHashCode(built));
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription bean, JsonDeserializer<?> deserializer) {
                built.add(bean.getBeanClass());
                return deserializer;
            }
        });
        return module;
    }
}
