package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.model.Directive;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.ListSlotValue;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.SimpleSlotValue;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;
import com.amazon.ask.model.SlotValue;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentValues;
import com.amazon.ask.model.dialog.ConfirmIntentDirective;
import com.amazon.ask.model.dialog.ConfirmSlotDirective;
import com.amazon.ask.model.dialog.DelegateDirective;
import com.amazon.ask.model.dialog.ElicitSlotDirective;
import com.amazon.ask.model.interfaces.alexa.experimentation.ExperimentTriggerResponse;
import com.amazon.ask.model.interfaces.audioplayer.StopDirective;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.model.interfaces.display.HintDirective;
import com.amazon.ask.model.interfaces.display.PlainTextHint;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import com.amazon.ask.model.ui.AskForPermissionsConsentCard;
import com.amazon.ask.model.ui.Card;
import com.amazon.ask.model.ui.Image;
import com.amazon.ask.model.ui.LinkAccountCard;
import com.amazon.ask.model.ui.OutputSpeech;
import com.amazon.ask.model.ui.PlainTextOutputSpeech;
import com.amazon.ask.model.ui.PlayBehavior;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.model.ui.StandardCard;
import com.example.reminderskill.skill.conversation.ReminderPermission;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ResponseWriterTest {

    private static final String TRICKY = "\"quoted\" back\\slash /slash </script> <speak>hi</speak> tab\t nl\n cr\r"
            + " nul\u0000 bell\u0007 esc\u001b del\u007f nbsp\u00a0 é ü ß 日本 \u2028\u2029 emoji 😀👍🏽 \uffff";

    @ParameterizedTest(name = "{0}")
    @MethodSource("written")
    void writesWhatTheMapperWrites(String name, ResponseEnvelope envelope) throws IOException {
        assertWrittenAsTheMapperWrites(envelope);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declined")
    void declines(String name, ResponseEnvelope envelope) throws IOException {
        assertThat(ResponseWriter.write(envelope)).isEmpty();
        ClosingStream out = new ClosingStream();
        assertThat(ResponseWriter.write(envelope, out)).isFalse();
        assertThat(out.size()).isZero();
        assertThat(out.closed).isFalse();
    }

    @Test
    void declinesNoEnvelope() throws IOException {
        assertThat(ResponseWriter.write(null)).isEmpty();
        assertThat(ResponseWriter.write(null, new ClosingStream())).isFalse();
    }

    /** Random envelopes of the parts it writes, with now and then a part it declines: it declines or writes the mapper's text. */
    @Test
    void randomEnvelopesAreDeclinedOrWrittenAsTheMapperWrites() throws IOException {
        Random random = new Random(20261122L);
        int written = 0;
        int runs = 4000;
        for (int i = 0; i < runs; i++) {
            RandomEnvelopes envelopes = new RandomEnvelopes(random);
            ResponseEnvelope envelope = envelopes.envelope();
            Optional<String> text = ResponseWriter.write(envelope);
            if (text.isPresent()) {
                written++;
                assertThat(text.get()).as("run %d", i).isEqualTo(EnvelopeJson.writeWithMapper(envelope));
            } else {
                assertThat(envelopes.declinable)
                        .as("declined run %d: %s", i, envelope)
                        .isTrue();
            }
            ClosingStream out = new ClosingStream();
            if (ResponseWriter.write(envelope, out)) {
                assertThat(out.toByteArray()).as("run %d", i).isEqualTo(mapperBytes(envelope));
                assertThat(out.closed).isTrue();
            } else {
                assertThat(out.size()).isZero();
                assertThat(out.closed).isFalse();
                assertThat(envelopes.declinable)
                        .as("declined run %d: %s", i, envelope)
                        .isTrue();
            }
        }
        assertThat(written).isGreaterThan(runs / 2);
    }

    @Test
    void skillsPermissionRequestIsWritten() throws IOException {
        ResponseEnvelope envelope = envelope(Response.builder()
                .addDirectivesItem(ReminderPermission.askFor("token-1"))
                .withShouldEndSession(true)
                .build());

        assertWrittenAsTheMapperWrites(envelope);
        assertThat(ResponseWriter.write(envelope).orElseThrow())
                .contains("\"payload\":{")
                .contains("\"consentLevel\":\"ACCOUNT\"");
    }

    static Stream<Arguments> written() {
        Intent intent = intent();
        return Stream.of(
                named("empty envelope", ResponseEnvelope.builder().build()),
                named(
                        "empty strings left out",
                        ResponseEnvelope.builder()
                                .withVersion("")
                                .withUserAgent("")
                                .withSessionAttributes(new HashMap<>())
                                .withResponse(Response.builder().build())
                                .build()),
                named(
                        "version and user agent",
                        ResponseEnvelope.builder()
                                .withVersion("1.0")
                                .withUserAgent("ask-java/2.86.0 Java/17")
                                .withResponse(Response.builder().build())
                                .build()),
                named(
                        "speech only",
                        envelope(Response.builder()
                                .withOutputSpeech(ssml("<speak>Hello</speak>"))
                                .build())),
                named(
                        "plain text speech",
                        envelope(Response.builder()
                                .withOutputSpeech(PlainTextOutputSpeech.builder()
                                        .withText("Hello")
                                        .build())
                                .build())),
                named(
                        "play behaviors",
                        envelope(Response.builder()
                                .withOutputSpeech(SsmlOutputSpeech.builder()
                                        .withSsml("<speak>a</speak>")
                                        .withPlayBehavior(PlayBehavior.REPLACE_ENQUEUED)
                                        .build())
                                .withReprompt(Reprompt.builder()
                                        .withOutputSpeech(PlainTextOutputSpeech.builder()
                                                .withText("b")
                                                .withPlayBehavior("NOT_A_BEHAVIOR")
                                                .build())
                                        .build())
                                .build())),
                named(
                        "empty speech objects",
                        envelope(Response.builder()
                                .withOutputSpeech(
                                        SsmlOutputSpeech.builder().withSsml("").build())
                                .withReprompt(Reprompt.builder()
                                        .withOutputSpeech(
                                                PlainTextOutputSpeech.builder().build())
                                        .withDirectives(new ArrayList<>())
                                        .build())
                                .withCard(SimpleCard.builder().withTitle("").build())
                                .withDirectives(new ArrayList<>())
                                .build())),
                named(
                        "empty reprompt",
                        envelope(Response.builder()
                                .withReprompt(Reprompt.builder().build())
                                .build())),
                named(
                        "speech and reprompt, session stays open",
                        envelope(Response.builder()
                                .withOutputSpeech(ssml("<speak>What time?</speak>"))
                                .withReprompt(Reprompt.builder()
                                        .withOutputSpeech(ssml("<speak>At what time?</speak>"))
                                        .build())
                                .withShouldEndSession(false)
                                .build())),
                named(
                        "session ends",
                        envelope(Response.builder()
                                .withOutputSpeech(ssml("<speak>Bye</speak>"))
                                .withShouldEndSession(true)
                                .build())),
                named(
                        "tricky text everywhere",
                        ResponseEnvelope.builder()
                                .withVersion(TRICKY)
                                .withUserAgent(TRICKY)
                                .withSessionAttributes(map(TRICKY, TRICKY, "k", List.of(TRICKY)))
                                .withResponse(Response.builder()
                                        .withOutputSpeech(ssml(TRICKY))
                                        .withCard(SimpleCard.builder()
                                                .withTitle(TRICKY)
                                                .withContent(TRICKY)
                                                .build())
                                        .addDirectivesItem(ElicitSlotDirective.builder()
                                                .withSlotToElicit(TRICKY)
                                                .withUpdatedIntent(Intent.builder()
                                                        .withName(TRICKY)
                                                        .withSlots(Map.of(
                                                                TRICKY,
                                                                Slot.builder()
                                                                        .withName(TRICKY)
                                                                        .withValue(TRICKY)
                                                                        .build()))
                                                        .build())
                                                .build())
                                        .build())
                                .build()),
                named(
                        "lone and reversed surrogates",
                        envelope(Response.builder()
                                .withOutputSpeech(ssml("<speak>\ud83d x \udc00 \ude00\ud83d</speak>"))
                                .build())),
                named(
                        "simple card",
                        envelope(Response.builder()
                                .withOutputSpeech(ssml("<speak>Done</speak>"))
                                .withCard(SimpleCard.builder()
                                        .withTitle("Reminder")
                                        .withContent("Call mum at 7")
                                        .build())
                                .withShouldEndSession(true)
                                .build())),
                named(
                        "standard card with image",
                        envelope(Response.builder()
                                .withCard(StandardCard.builder()
                                        .withTitle("t")
                                        .withText("x")
                                        .withImage(Image.builder()
                                                .withSmallImageUrl("https://example.com/s.png")
                                                .withLargeImageUrl("https://example.com/l.png")
                                                .build())
                                        .build())
                                .build())),
                named(
                        "standard card with empty image",
                        envelope(Response.builder()
                                .withCard(StandardCard.builder()
                                        .withImage(Image.builder()
                                                .withLargeImageUrl("")
                                                .build())
                                        .build())
                                .build())),
                named(
                        "permissions consent card",
                        envelope(Response.builder()
                                .withOutputSpeech(ssml("<speak>Please grant</speak>"))
                                .withCard(AskForPermissionsConsentCard.builder()
                                        .withPermissions(
                                                List.of(ReminderPermission.SCOPE, ReminderPermission.TIMERS_SCOPE))
                                        .build())
                                .withShouldEndSession(true)
                                .build())),
                named(
                        "permissions consent card, null and empty permissions",
                        envelope(Response.builder()
                                .withCard(AskForPermissionsConsentCard.builder()
                                        .withPermissions(Arrays.asList(null, "", "x"))
                                        .build())
                                .build())),
                named(
                        "permissions consent card, no permissions",
                        envelope(Response.builder()
                                .withCard(AskForPermissionsConsentCard.builder()
                                        .withPermissions(List.of())
                                        .build())
                                .build())),
                named(
                        "delegate",
                        envelope(Response.builder()
                                .addDirectivesItem(DelegateDirective.builder()
                                        .withUpdatedIntent(intent)
                                        .build())
                                .build())),
                named(
                        "delegate without intent",
                        envelope(Response.builder()
                                .addDirectivesItem(DelegateDirective.builder().build())
                                .build())),
                named(
                        "elicit slot",
                        envelope(Response.builder()
                                .withOutputSpeech(ssml("<speak>When?</speak>"))
                                .withReprompt(Reprompt.builder()
                                        .withOutputSpeech(ssml("<speak>When?</speak>"))
                                        .build())
                                .addDirectivesItem(ElicitSlotDirective.builder()
                                        .withSlotToElicit("time")
                                        .withUpdatedIntent(intent)
                                        .build())
                                .build())),
                named(
                        "confirm slot",
                        envelope(Response.builder()
                                .addDirectivesItem(ConfirmSlotDirective.builder()
                                        .withSlotToConfirm("time")
                                        .withUpdatedIntent(intent)
                                        .build())
                                .build())),
                named(
                        "confirm intent",
                        envelope(Response.builder()
                                .withOutputSpeech(ssml("<speak>Shall I?</speak>"))
                                .addDirectivesItem(ConfirmIntentDirective.builder()
                                        .withUpdatedIntent(intent)
                                        .build())
                                .build())),
                named(
                        "intent with empty parts",
                        envelope(Response.builder()
                                .addDirectivesItem(ConfirmIntentDirective.builder()
                                        .withUpdatedIntent(Intent.builder()
                                                .withName("")
                                                .withSlots(new HashMap<>())
                                                .build())
                                        .build())
                                .build())),
                named(
                        "intent with null and empty slots",
                        envelope(Response.builder()
                                .addDirectivesItem(DelegateDirective.builder()
                                        .withUpdatedIntent(Intent.builder()
                                                .withName("I")
                                                .withSlots(slots(
                                                        "gone",
                                                        null,
                                                        "empty",
                                                        Slot.builder().build()))
                                                .build())
                                        .build())
                                .addDirectivesItem(DelegateDirective.builder()
                                        .withUpdatedIntent(Intent.builder()
                                                .withName("only null slots")
                                                .withSlots(slots("gone", null))
                                                .build())
                                        .build())
                                .build())),
                named(
                        "null directive",
                        envelope(Response.builder()
                                .withDirectives(Arrays.asList(
                                        null, DelegateDirective.builder().build()))
                                .build())),
                named(
                        "directives in the reprompt",
                        envelope(Response.builder()
                                .withReprompt(Reprompt.builder()
                                        .withOutputSpeech(ssml("<speak>r</speak>"))
                                        .addDirectivesItem(
                                                DelegateDirective.builder().build())
                                        .build())
                                .build())),
                named(
                        "every directive kind",
                        envelope(Response.builder()
                                .addDirectivesItem(DelegateDirective.builder()
                                        .withUpdatedIntent(intent)
                                        .build())
                                .addDirectivesItem(ElicitSlotDirective.builder()
                                        .withUpdatedIntent(intent)
                                        .withSlotToElicit("a")
                                        .build())
                                .addDirectivesItem(ConfirmSlotDirective.builder()
                                        .withUpdatedIntent(intent)
                                        .withSlotToConfirm("a")
                                        .build())
                                .addDirectivesItem(ConfirmIntentDirective.builder()
                                        .withUpdatedIntent(intent)
                                        .build())
                                .addDirectivesItem(ReminderPermission.askFor(ReminderPermission.TIMERS_SCOPE, "t"))
                                .build())),
                named(
                        "send request",
                        envelope(Response.builder()
                                .addDirectivesItem(ReminderPermission.askFor("token"))
                                .withShouldEndSession(true)
                                .build())),
                named(
                        "send request, empty parts",
                        envelope(Response.builder()
                                .addDirectivesItem(SendRequestDirective.builder()
                                        .withName("")
                                        .withPayload(new HashMap<>())
                                        .withToken("")
                                        .build())
                                .addDirectivesItem(SendRequestDirective.builder()
                                        .withName("AskFor")
                                        .withPayload(map("gone", null, "empty", "", "nested", map("gone", null)))
                                        .build())
                                .build())),
                named(
                        "payload values, empty ones left out at every depth",
                        envelope(Response.builder()
                                .addDirectivesItem(SendRequestDirective.builder()
                                        .withName("AskFor")
                                        .withPayload(values())
                                        .withToken("t")
                                        .build())
                                .build())),
                named(
                        "session attributes keep every value",
                        ResponseEnvelope.builder()
                                .withSessionAttributes(values())
                                .withResponse(Response.builder()
                                        .withOutputSpeech(ssml("<speak>x</speak>"))
                                        .build())
                                .build()),
                named(
                        "session attribute orders",
                        ResponseEnvelope.builder()
                                .withSessionAttributes(new TreeMap<>(map("b", 1, "a", map("z", 1, "y", 2))))
                                .build()),
                named(
                        "a large response",
                        ResponseEnvelope.builder()
                                .withVersion("1.0")
                                .withSessionAttributes(map("pendingConfirmation", "reminder:" + "x".repeat(5000)))
                                .withResponse(Response.builder()
                                        .withOutputSpeech(
                                                ssml("<speak>" + "Long text & more. ".repeat(400) + "</speak>"))
                                        .build())
                                .build()));
    }

    static Stream<Arguments> declined() {
        Response speech =
                Response.builder().withOutputSpeech(ssml("<speak>x</speak>")).build();
        return Stream.of(
                named(
                        "api response",
                        envelope(Response.builder()
                                .withApiResponse(Map.of("a", 1))
                                .build())),
                named(
                        "can fulfill intent",
                        envelope(Response.builder()
                                .withCanFulfillIntent(CanFulfillIntent.builder()
                                        .withCanFulfill(CanFulfillIntentValues.YES)
                                        .build())
                                .build())),
                named(
                        "experimentation",
                        envelope(Response.builder()
                                .withExperimentation(ExperimentTriggerResponse.builder()
                                        .withTriggeredExperiments(List.of("e"))
                                        .build())
                                .build())),
                named(
                        "link account card",
                        envelope(Response.builder()
                                .withCard(LinkAccountCard.builder().build())
                                .build())),
                named(
                        "hint directive",
                        envelope(Response.builder()
                                .addDirectivesItem(HintDirective.builder()
                                        .withHint(PlainTextHint.builder()
                                                .withText("x")
                                                .build())
                                        .build())
                                .build())),
                named(
                        "audio player stop in the reprompt",
                        envelope(Response.builder()
                                .withReprompt(Reprompt.builder()
                                        .addDirectivesItem(
                                                StopDirective.builder().build())
                                        .build())
                                .build())),
                named(
                        "model object in session attributes",
                        attributes(map("slot", Slot.builder().build()))),
                named("array in session attributes", attributes(map("a", new String[] {"x"}))),
                named("character in session attributes", attributes(map("c", 'c'))),
                named("atomic number in session attributes", attributes(map("n", new AtomicInteger(1)))),
                named("optional in session attributes", attributes(map("o", Optional.of("x")))),
                named("subclassed number in session attributes", attributes(map("n", new BigDecimal("1") {}))),
                named("own map class in session attributes", attributes(map("m", new OwnMap()))),
                named(
                        "own map class as session attributes",
                        ResponseEnvelope.builder()
                                .withSessionAttributes(new OwnMap())
                                .withResponse(speech)
                                .build()),
                named("non-string key", attributes(map("m", Map.of(1, "one")))),
                named("null key", attributes(map("m", Collections.singletonMap(null, "x")))),
                named("deeply nested", attributes(map("deep", nested(100)))),
                named(
                        "model object in a payload",
                        envelope(Response.builder()
                                .addDirectivesItem(SendRequestDirective.builder()
                                        .withPayload(
                                                map("card", SimpleCard.builder().build()))
                                        .build())
                                .build())),
                named(
                        "empty array in a payload",
                        envelope(Response.builder()
                                .addDirectivesItem(SendRequestDirective.builder()
                                        .withPayload(map("nested", map("a", new String[0])))
                                        .build())
                                .build())),
                named(
                        "null slot key",
                        envelope(Response.builder()
                                .addDirectivesItem(DelegateDirective.builder()
                                        .withUpdatedIntent(Intent.builder()
                                                .withSlots(Collections.singletonMap(
                                                        null, Slot.builder().build()))
                                                .build())
                                        .build())
                                .build())));
    }

    /** Either way it goes, the text and the UTF-8 bytes (which escape surrogate pairs) are the mapper's. */
    private static void assertWrittenAsTheMapperWrites(ResponseEnvelope envelope) throws IOException {
        assertThat(ResponseWriter.write(envelope)).contains(EnvelopeJson.writeWithMapper(envelope));
        ClosingStream out = new ClosingStream();
        assertThat(ResponseWriter.write(envelope, out)).isTrue();
        assertThat(out.toByteArray()).isEqualTo(mapperBytes(envelope));
        assertThat(out.closed).isTrue();
    }

    private static byte[] mapperBytes(ResponseEnvelope envelope) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnvelopeJson.writeWithMapper(envelope, out);
        return out.toByteArray();
    }

    private static Arguments named(String name, ResponseEnvelope envelope) {
        return Arguments.of(name, envelope);
    }

    private static ResponseEnvelope envelope(Response response) {
        return ResponseEnvelope.builder()
                .withVersion("1.0")
                .withResponse(response)
                .build();
    }

    private static ResponseEnvelope attributes(Map<String, Object> attributes) {
        return ResponseEnvelope.builder()
                .withVersion("1.0")
                .withSessionAttributes(attributes)
                .withResponse(Response.builder().build())
                .build();
    }

    private static SsmlOutputSpeech ssml(String ssml) {
        return SsmlOutputSpeech.builder().withSsml(ssml).build();
    }

    /** An intent as a request brings it: slots with and without values, entity resolutions and slot values. */
    private static Intent intent() {
        Resolutions resolutions = Resolutions.builder()
                .addResolutionsPerAuthorityItem(Resolution.builder()
                        .withAuthority("amzn1.er-authority.echo-sdk.skill.RepeatType")
                        .withStatus(Status.builder()
                                .withCode(StatusCode.ER_SUCCESS_MATCH)
                                .build())
                        .addValuesItem(ValueWrapper.builder()
                                .withValue(Value.builder()
                                        .withName("weekly")
                                        .withId("WEEKLY")
                                        .build())
                                .build())
                        .addValuesItem(null)
                        .build())
                .addResolutionsPerAuthorityItem(Resolution.builder()
                        .withStatus(Status.builder().build())
                        .withValues(List.of())
                        .build())
                .addResolutionsPerAuthorityItem(null)
                .build();
        return Intent.builder()
                .withName("CreateReminderIntent")
                .withConfirmationStatus(IntentConfirmationStatus.NONE)
                .withSlots(slots(
                        "time",
                        Slot.builder()
                                .withName("time")
                                .withValue("19:00")
                                .withConfirmationStatus(SlotConfirmationStatus.CONFIRMED)
                                .withSlotValue(SimpleSlotValue.builder()
                                        .withValue("19:00")
                                        .build())
                                .build(),
                        "repeat",
                        Slot.builder()
                                .withName("repeat")
                                .withValue("every week")
                                .withConfirmationStatus("NONE")
                                .withResolutions(resolutions)
                                .withSlotValue(SimpleSlotValue.builder()
                                        .withValue("every week")
                                        .withResolutions(resolutions)
                                        .build())
                                .build(),
                        "days",
                        Slot.builder()
                                .withName("days")
                                .withSlotValue(ListSlotValue.builder()
                                        .withValues(Arrays.<SlotValue>asList(
                                                SimpleSlotValue.builder()
                                                        .withValue("monday")
                                                        .build(),
                                                null,
                                                ListSlotValue.builder().build()))
                                        .build())
                                .withResolutions(Resolutions.builder().build())
                                .build(),
                        "text",
                        Slot.builder()
                                .withName("text")
                                .withConfirmationStatus("NOT_A_STATUS")
                                .build()))
                .build();
    }

    /** Every kind of value the writer writes, with the empty ones at several depths. */
    private static Map<String, Object> values() {
        Map<String, Object> empties = map("null", null, "empty", "", "emptyMap", Map.of(), "emptyList", List.of());
        return map(
                "string",
                "s",
                "true",
                true,
                "false",
                false,
                "zero",
                0,
                "ints",
                List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, (short) -7, (byte) 8),
                "longs",
                List.of(Long.MIN_VALUE, 0L, Long.MAX_VALUE),
                "doubles",
                List.of(0.0, -0.0, 1.0, 0.1, 1e-7, 1e21, 123456789.125, Double.MIN_VALUE, Double.MAX_VALUE),
                "doubleSpecials",
                List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
                "floats",
                List.of(0.0f, 1.5f, 0.1f, 3.4e38f, Float.NaN, Float.NEGATIVE_INFINITY),
                "bigDecimals",
                List.of(new BigDecimal("1E+3"), new BigDecimal("0.000"), new BigDecimal("-12.50"), BigDecimal.ONE),
                "bigIntegers",
                List.of(new BigInteger("123456789012345678901234567890"), BigInteger.ZERO),
                "empties",
                empties,
                "onlyEmpties",
                map("a", empties, "b", map("c", null)),
                "listOfEmpties",
                Arrays.asList(null, "", Map.of(), List.of(), empties),
                "nested",
                map("a", map("b", map("c", List.of(map("d", 1, "e", null))))),
                "tricky",
                TRICKY,
                TRICKY,
                "key");
    }

    private static Map<String, Object> nested(int depth) {
        Map<String, Object> map = map("leaf", 1);
        for (int i = 0; i < depth; i++) {
            map = map("n", map);
        }
        return map;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Slot> slots(Object... namesAndSlots) {
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSlots.length; i += 2) {
            slots.put((String) namesAndSlots[i], (Slot) namesAndSlots[i + 1]);
        }
        return slots;
    }

    /** A map of a class not the JDK's: the mapper might serialize it its own way. */
    private static final class OwnMap extends HashMap<String, Object> {}

    private static final class ClosingStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Envelopes from random parts; {@link #declinable} records whether any part is one the writer may decline. */
    private static final class RandomEnvelopes {

        private static final String[] WORDS = {
            "",
            "a",
            "Hello",
            "<speak>hi</speak>",
            "</",
            "\"",
            "\\",
            "\u0000",
            "\u001f",
            "\u007f",
            "é",
            "日本",
            "😀",
            "\u2028",
            "1.0",
            "null",
            "true",
            " ",
            "\t\n",
            "ER_SUCCESS_MATCH",
            "NONE",
            "ENQUEUE"
        };

        private final Random random;
        boolean declinable;

        RandomEnvelopes(Random random) {
            this.random = random;
        }

        ResponseEnvelope envelope() {
            ResponseEnvelope.Builder envelope = ResponseEnvelope.builder();
            if (chance(4)) {
                envelope.withVersion(text());
            }
            if (chance(2)) {
                envelope.withSessionAttributes(attributes(0));
            }
            if (chance(5)) {
                envelope.withUserAgent(text());
            }
            if (!chance(10)) {
                envelope.withResponse(response());
            }
            return envelope.build();
        }

        private Response response() {
            Response.Builder response = Response.builder();
            if (chance(2)) {
                response.withOutputSpeech(speech());
            }
            if (chance(3)) {
                response.withCard(card());
            }
            if (chance(3)) {
                Reprompt.Builder reprompt = Reprompt.builder();
                if (chance(2)) {
                    reprompt.withOutputSpeech(speech());
                }
                if (chance(4)) {
                    reprompt.withDirectives(directives());
                }
                response.withReprompt(reprompt.build());
            }
            if (chance(2)) {
                response.withDirectives(directives());
            }
            if (chance(2)) {
                response.withShouldEndSession(random.nextBoolean());
            }
            if (chance(40)) {
                declinable = true;
                response.withApiResponse(text());
            }
            if (chance(40)) {
                declinable = true;
                response.withCanFulfillIntent(CanFulfillIntent.builder().build());
            }
            return response.build();
        }

        private OutputSpeech speech() {
            String playBehavior = chance(3) ? pick(new String[] {"ENQUEUE", "REPLACE_ALL", "", "odd"}) : null;
            if (chance(2)) {
                return SsmlOutputSpeech.builder()
                        .withSsml(text())
                        .withPlayBehavior(playBehavior)
                        .build();
            }
            return PlainTextOutputSpeech.builder()
                    .withText(text())
                    .withPlayBehavior(playBehavior)
                    .build();
        }

        private Card card() {
            switch (random.nextInt(7)) {
                case 0:
                    declinable = true;
                    return LinkAccountCard.builder().build();
                case 1:
                case 2:
                    return StandardCard.builder()
                            .withTitle(maybeText())
                            .withText(maybeText())
                            .withImage(
                                    chance(2)
                                            ? Image.builder()
                                                    .withSmallImageUrl(maybeText())
                                                    .withLargeImageUrl(maybeText())
                                                    .build()
                                            : null)
                            .build();
                case 3:
                case 4:
                    List<String> permissions = new ArrayList<>();
                    int count = random.nextInt(3);
                    for (int i = 0; i < count; i++) {
                        permissions.add(maybeText());
                    }
                    return AskForPermissionsConsentCard.builder()
                            .withPermissions(chance(5) ? null : permissions)
                            .build();
                default:
                    return SimpleCard.builder()
                            .withTitle(maybeText())
                            .withContent(maybeText())
                            .build();
            }
        }

        private List<Directive> directives() {
            List<Directive> directives = new ArrayList<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                directives.add(directive());
            }
            return directives;
        }

        private Directive directive() {
            switch (random.nextInt(14)) {
                case 0:
                    return null;
                case 1:
                    declinable = true;
                    return StopDirective.builder().build();
                case 2:
                case 3:
                    return DelegateDirective.builder()
                            .withUpdatedIntent(maybeIntent())
                            .build();
                case 4:
                case 5:
                    return ElicitSlotDirective.builder()
                            .withUpdatedIntent(maybeIntent())
                            .withSlotToElicit(maybeText())
                            .build();
                case 6:
                case 7:
                    return ConfirmSlotDirective.builder()
                            .withUpdatedIntent(maybeIntent())
                            .withSlotToConfirm(maybeText())
                            .build();
                case 8:
                case 9:
                    return ConfirmIntentDirective.builder()
                            .withUpdatedIntent(maybeIntent())
                            .build();
                default:
                    return SendRequestDirective.builder()
                            .withName(maybeText())
                            .withPayload(chance(6) ? null : payload(0))
                            .withToken(maybeText())
                            .build();
            }
        }

        private Intent maybeIntent() {
            if (chance(6)) {
                return null;
            }
            Map<String, Slot> slots = new LinkedHashMap<>();
            int count = random.nextInt(4);
            for (int i = 0; i < count; i++) {
                slots.put(text(), chance(5) ? null : slot());
            }
            return Intent.builder()
                    .withName(maybeText())
                    .withSlots(chance(6) ? null : slots)
                    .withConfirmationStatus(maybeText())
                    .build();
        }

        private Slot slot() {
            return Slot.builder()
                    .withName(maybeText())
                    .withValue(maybeText())
                    .withConfirmationStatus(maybeText())
                    .withResolutions(chance(2) ? resolutions() : null)
                    .withSlotValue(chance(2) ? slotValue(0) : null)
                    .build();
        }

        private SlotValue slotValue(int depth) {
            if (depth > 2 || chance(2)) {
                return SimpleSlotValue.builder()
                        .withValue(maybeText())
                        .withResolutions(chance(3) ? resolutions() : null)
                        .build();
            }
            List<SlotValue> values = new ArrayList<>();
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                values.add(chance(5) ? null : slotValue(depth + 1));
            }
            return ListSlotValue.builder().withValues(values).build();
        }

        private Resolutions resolutions() {
            List<Resolution> perAuthority = new ArrayList<>();
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                if (chance(6)) {
                    perAuthority.add(null);
                    continue;
                }
                List<ValueWrapper> values = new ArrayList<>();
                int valueCount = random.nextInt(3);
                for (int j = 0; j < valueCount; j++) {
                    values.add(
                            chance(6)
                                    ? null
                                    : ValueWrapper.builder()
                                            .withValue(
                                                    chance(5)
                                                            ? null
                                                            : Value.builder()
                                                                    .withName(maybeText())
                                                                    .withId(maybeText())
                                                                    .build())
                                            .build());
                }
                perAuthority.add(Resolution.builder()
                        .withAuthority(maybeText())
                        .withStatus(
                                chance(4)
                                        ? null
                                        : Status.builder().withCode(maybeText()).build())
                        .withValues(values)
                        .build());
            }
            return Resolutions.builder()
                    .withResolutionsPerAuthority(chance(5) ? null : perAuthority)
                    .build();
        }

        private Map<String, Object> attributes(int depth) {
            return payload(depth);
        }

        private Map<String, Object> payload(int depth) {
            Map<String, Object> map = chance(4) ? new HashMap<>() : new LinkedHashMap<>();
            int count = random.nextInt(depth == 0 ? 6 : 4);
            for (int i = 0; i < count; i++) {
                map.put(text(), value(depth));
            }
            return map;
        }

        private Object value(int depth) {
            int kind = random.nextInt(depth > 3 ? 14 : 18);
            switch (kind) {
                case 0:
                    return null;
                case 1:
                    return "";
                case 2:
                case 3:
                    return text();
                case 4:
                    return random.nextBoolean();
                case 5:
                    return random.nextInt(3) == 0 ? 0 : random.nextInt();
                case 6:
                    return random.nextLong();
                case 7:
                    return pick(new Object[] {(short) random.nextInt(), (byte) random.nextInt()});
                case 8:
                    return pick(new Object[] {
                        random.nextDouble(),
                        random.nextGaussian() * Math.pow(10, random.nextInt(60) - 30),
                        Double.longBitsToDouble(random.nextLong()),
                        Double.NaN,
                        -0.0
                    });
                case 9:
                    return pick(new Object[] {random.nextFloat(), Float.intBitsToFloat(random.nextInt()), 0.0f});
                case 10:
                    return new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(40) - 20);
                case 11:
                    return new BigInteger(random.nextInt(120) + 1, random);
                case 12:
                    if (chance(4)) {
                        declinable = true;
                        return pick(new Object[] {
                            new int[] {1},
                            'c',
                            Optional.empty(),
                            new AtomicInteger(),
                            Slot.builder().build()
                        });
                    }
                    return Map.of();
                case 13:
                    return List.of();
                case 14:
                case 15:
                    return payload(depth + 1);
                default:
                    List<Object> list = new ArrayList<>();
                    int count = random.nextInt(4);
                    for (int i = 0; i < count; i++) {
                        list.add(value(depth + 1));
                    }
                    return list;
            }
        }

        private String maybeText() {
            return chance(4) ? null : text();
        }

        private String text() {
            if (chance(100)) {
                return pick(new String[] {"x\ud800", "\udc00y", "\ude00\ud83d"});
            }
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(4);
            for (int i = 0; i < words; i++) {
                text.append(pick(WORDS));
            }
            if (chance(10)) {
                text.append((char) random.nextInt(0x20));
            }
            return text.toString();
        }

        private <T> T pick(T[] choices) {
            return choices[random.nextInt(choices.length)];
        }

        private boolean chance(int oneIn) {
            return random.nextInt(oneIn) == 0;
        }
    }
}
