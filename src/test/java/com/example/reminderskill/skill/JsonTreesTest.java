package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming tree reader against Jackson's own {@code readTree}: the same nodes, the same failures. */
class JsonTreesTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    static Stream<Path> envelopes() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder :
                List.of("examples/requests", "src/main/resources/priming", "src/test/resources/envelopes")) {
            try (Stream<Path> listed = Files.list(Path.of(folder))) {
                listed.filter(file -> file.toString().endsWith(".json")).forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("envelopes")
    void readsEveryEnvelopeAsJacksonDoes(Path file) throws IOException {
        byte[] json = Files.readAllBytes(file);

        assertSameTree(new String(json, StandardCharsets.UTF_8));
        assertThat(JsonTrees.read(json)).isEqualTo(JACKSON.readTree(json));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "null",
                "0",
                "-1",
                "2147483647",
                "2147483648",
                "-9223372036854775808",
                "9223372036854775808",
                "123456789012345678901234567890",
                "1.5",
                "-0.0",
                "1e400",
                "1E-400",
                "0.1000000000000000055511151231257827",
                "\"text\"",
                "true",
                "[]",
                "{}",
                "[[[]],{},[{}]]",
                "{\"a\":1,\"a\":{\"b\":2},\"c\":3}",
                "{\"a\":[1,2,{\"a\":null}],\"b\":{\"c\":{\"d\":[]}}}",
                "{\"\\u00e9\\ud83d\\ude00\":\"\\n\\t\\\"\\\\\\/\"}",
                "{} trailing",
                "[1] [2]",
                "{\"x\":1} {"
            })
    void readsLikeJackson(String json) throws IOException {
        assertSameTree(json);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{",
                "[1,",
                "{\"a\"}",
                "{\"a\":}",
                "[1 2]",
                "nul",
                "{'a':1}",
                "[01]",
                "\"\u0001\"",
                "{\"a\":1,}",
                "]"
            })
    void failsWhereJacksonFails(String json) {
        assertThatThrownBy(() -> JACKSON.readTree(json)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> JsonTrees.read(json)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void refusesNestingBeyondTheParsersLimit_likeJackson() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);

        assertThatThrownBy(() -> JACKSON.readTree(deep)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> JsonTrees.read(deep)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void randomDocuments_readAndWriteAsJacksonDoes() throws IOException {
        Random random = new Random(18);
        for (int i = 0; i < 3_000; i++) {
            String json = randomValue(random, 0);
            assertSameTree(json);
            JsonNode tree = JsonTrees.read(json);
            assertThat(JsonTrees.write(tree)).isEqualTo(tree.toString());
        }
    }

    private static void assertSameTree(String json) throws IOException {
        JsonNode expected = JACKSON.readTree(json);
        JsonNode actual = JsonTrees.read(json);
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.getClass()).isEqualTo(expected.getClass());
        assertThat(actual.toString()).isEqualTo(expected.toString());
    }

    private static String randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 4 ? 6 : 8);
        switch (kind) {
            case 0:
                return "null";
            case 1:
                return random.nextBoolean() ? "true" : "false";
            case 2:
                return Long.toString(random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(1000) - 500);
            case 3:
                return random.nextBoolean() ? "12345678901234567890123" : Double.toString(random.nextGaussian() * 1e6);
            case 4:
            case 5:
                return "\"" + randomText(random) + "\"";
            case 6: {
                StringBuilder array = new StringBuilder("[");
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.append(i > 0 ? "," : "").append(randomValue(random, depth + 1));
                }
                return array.append(']').toString();
            }
            default: {
                StringBuilder object = new StringBuilder("{");
                int size = random.nextInt(5);
                for (int i = 0; i < size; i++) {
                    // Few distinct names, so duplicate keys are common.
                    object.append(i > 0 ? "," : "")
                            .append("\"k")
                            .append(random.nextInt(3))
                            .append("\":")
                            .append(randomValue(random, depth + 1));
                }
                return object.append('}').toString();
            }
        }
    }

    private static String randomText(Random random) {
        String[] pieces = {"a", "é", "\\u00e9", "\\\"", "\\\\", "\\n", "\\ud83d\\ude00", "😀", " ", "<speak>", "</"};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
