package com.example.reminderskill.skill;

import com.amazon.ask.model.Directive;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.ListSlotValue;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.SimpleSlotValue;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotValue;
import com.amazon.ask.model.dialog.ConfirmIntentDirective;
import com.amazon.ask.model.dialog.ConfirmSlotDirective;
import com.amazon.ask.model.dialog.DelegateDirective;
import com.amazon.ask.model.dialog.ElicitSlotDirective;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import com.amazon.ask.model.ui.AskForPermissionsConsentCard;
import com.amazon.ask.model.ui.Card;
import com.amazon.ask.model.ui.Image;
import com.amazon.ask.model.ui.OutputSpeech;
import com.amazon.ask.model.ui.PlainTextOutputSpeech;
import com.amazon.ask.model.ui.Reprompt;
import com.amazon.ask.model.ui.SimpleCard;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.model.ui.StandardCard;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The response envelope's JSON written by hand on a Jackson-core generator, byte for byte what the
 * SDK's mapper writes ({@link EnvelopeJson#writeWithMapper(ResponseEnvelope)}): building the
 * mapper's serializers costs a cold JVM tens of milliseconds. It covers what this skill answers with (speech, reprompt, cards, the
 * dialog directives, Connections.SendRequest, session attributes of plain JSON values) and declines
 * anything else, which the caller then hands to the mapper.
 *
 * <p>The mapper writes with inclusion NON_EMPTY: null, empty strings, lists and maps are left out,
 * false and 0 are kept, model objects are never empty. Map entries follow the map's property:
 * session attributes keep every entry at every depth, while in other maps (a SendRequest payload,
 * an intent's slots, and the maps nested in them) an entry whose value is null or empty is left
 * out, a map whose entries are all left out counts as empty, and a list keeps its elements.
 *
 * <p>Plain loops, no lambdas, streams or string concatenation: each first use of those costs a
 * cold JVM milliseconds.
 */
final class ResponseWriter {

    /** The mapper's own factory, and below its generator settings: escaping and number text are the mapper's. */
    private static final JsonFactory FACTORY = EnvelopeJson.sdkMapper().getFactory();

    private static final SerializationConfig CONFIG = EnvelopeJson.sdkMapper().getSerializationConfig();

    /** Deeper attribute values are declined rather than risking the stack or Jackson's nesting limit. */
    private static final int MAX_DEPTH = 64;

    private ResponseWriter() {}

    /** The envelope's JSON text, or empty when it holds something this writer does not write exactly as the mapper does. */
    static Optional<String> write(ResponseEnvelope envelope) {
        StringWriter text = new StringWriter(1024);
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            CONFIG.initialize(generator);
            envelope(generator, envelope);
        } catch (Declined | IOException e) {
            return Optional.empty();
        }
        return Optional.of(text.toString());
    }

    /**
     * Writes the envelope's JSON as UTF-8 to {@code out} and closes it, as the mapper does; false,
     * with nothing written and {@code out} left open, when it holds something this writer declines.
     *
     * @throws IOException when {@code out} fails
     */
    static boolean write(ResponseEnvelope envelope, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        // Only the UTF-8 generator gives the mapper's bytes: it escapes surrogates, which the text one writes as they
        // are.
        try (JsonGenerator generator = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            CONFIG.initialize(generator);
            envelope(generator, envelope);
        } catch (Declined | IOException e) {
            return false;
        }
        try (OutputStream target = out) {
            bytes.writeTo(target);
        }
        return true;
    }

    private static void envelope(JsonGenerator out, ResponseEnvelope envelope) throws IOException {
        if (envelope == null) {
            throw Declined.INSTANCE;
        }
        out.writeStartObject();
        string(out, "version", envelope.getVersion());
        // Annotated to be always written, with all its entries; the model never holds null here.
        Map<String, Object> attributes = envelope.getSessionAttributes();
        if (attributes == null) {
            throw Declined.INSTANCE;
        }
        out.writeFieldName("sessionAttributes");
        map(out, attributes, false, 0);
        string(out, "userAgent", envelope.getUserAgent());
        Response response = envelope.getResponse();
        if (response != null) {
            out.writeFieldName("response");
            response(out, response);
        }
        out.writeEndObject();
    }

    private static void response(JsonGenerator out, Response response) throws IOException {
        if (response.getApiResponse() != null
                || response.getCanFulfillIntent() != null
                || response.getExperimentation() != null) {
            throw Declined.INSTANCE;
        }
        out.writeStartObject();
        speech(out, response.getOutputSpeech());
        card(out, response.getCard());
        Reprompt reprompt = response.getReprompt();
        if (reprompt != null) {
            out.writeFieldName("reprompt");
            out.writeStartObject();
            speech(out, reprompt.getOutputSpeech());
            directives(out, reprompt.getDirectives());
            out.writeEndObject();
        }
        directives(out, response.getDirectives());
        Boolean shouldEndSession = response.getShouldEndSession();
        if (shouldEndSession != null) {
            out.writeBooleanField("shouldEndSession", shouldEndSession.booleanValue());
        }
        out.writeEndObject();
    }

    private static void speech(JsonGenerator out, OutputSpeech speech) throws IOException {
        if (speech == null) {
            return;
        }
        out.writeFieldName("outputSpeech");
        out.writeStartObject();
        if (speech instanceof SsmlOutputSpeech ssml) {
            out.writeStringField("type", "SSML");
            string(out, "playBehavior", ssml.getPlayBehaviorAsString());
            string(out, "ssml", ssml.getSsml());
        } else if (speech instanceof PlainTextOutputSpeech plain) {
            out.writeStringField("type", "PlainText");
            string(out, "playBehavior", plain.getPlayBehaviorAsString());
            string(out, "text", plain.getText());
        } else {
            throw Declined.INSTANCE;
        }
        out.writeEndObject();
    }

    private static void card(JsonGenerator out, Card card) throws IOException {
        if (card == null) {
            return;
        }
        out.writeFieldName("card");
        out.writeStartObject();
        if (card instanceof SimpleCard simple) {
            out.writeStringField("type", "Simple");
            string(out, "title", simple.getTitle());
            string(out, "content", simple.getContent());
        } else if (card instanceof StandardCard standard) {
            out.writeStringField("type", "Standard");
            string(out, "title", standard.getTitle());
            string(out, "text", standard.getText());
            Image image = standard.getImage();
            if (image != null) {
                out.writeFieldName("image");
                out.writeStartObject();
                string(out, "smallImageUrl", image.getSmallImageUrl());
                string(out, "largeImageUrl", image.getLargeImageUrl());
                out.writeEndObject();
            }
        } else if (card instanceof AskForPermissionsConsentCard consent) {
            out.writeStringField("type", "AskForPermissionsConsent");
            strings(out, "permissions", consent.getPermissions());
        } else {
            throw Declined.INSTANCE;
        }
        out.writeEndObject();
    }

    private static void directives(JsonGenerator out, List<Directive> directives) throws IOException {
        if (directives == null || directives.isEmpty()) {
            return;
        }
        out.writeFieldName("directives");
        out.writeStartArray();
        for (Directive directive : directives) {
            if (directive == null) {
                out.writeNull();
            } else {
                directive(out, directive);
            }
        }
        out.writeEndArray();
    }

    private static void directive(JsonGenerator out, Directive directive) throws IOException {
        out.writeStartObject();
        if (directive instanceof ElicitSlotDirective elicit) {
            out.writeStringField("type", "Dialog.ElicitSlot");
            intent(out, elicit.getUpdatedIntent());
            string(out, "slotToElicit", elicit.getSlotToElicit());
        } else if (directive instanceof ConfirmIntentDirective confirmIntent) {
            out.writeStringField("type", "Dialog.ConfirmIntent");
            intent(out, confirmIntent.getUpdatedIntent());
        } else if (directive instanceof ConfirmSlotDirective confirmSlot) {
            out.writeStringField("type", "Dialog.ConfirmSlot");
            intent(out, confirmSlot.getUpdatedIntent());
            string(out, "slotToConfirm", confirmSlot.getSlotToConfirm());
        } else if (directive instanceof DelegateDirective delegate) {
            out.writeStringField("type", "Dialog.Delegate");
            intent(out, delegate.getUpdatedIntent());
        } else if (directive instanceof SendRequestDirective sendRequest) {
            out.writeStringField("type", "Connections.SendRequest");
            string(out, "name", sendRequest.getName());
            Map<String, Object> payload = sendRequest.getPayload();
            if (!isEmpty(payload, 0)) {
                out.writeFieldName("payload");
                map(out, payload, true, 0);
            }
            string(out, "token", sendRequest.getToken());
        } else {
            throw Declined.INSTANCE;
        }
        out.writeEndObject();
    }

    private static void intent(JsonGenerator out, Intent intent) throws IOException {
        if (intent == null) {
            return;
        }
        out.writeFieldName("updatedIntent");
        out.writeStartObject();
        string(out, "name", intent.getName());
        slots(out, intent.getSlots());
        string(out, "confirmationStatus", intent.getConfirmationStatusAsString());
        out.writeEndObject();
    }

    /** A map property that is not session attributes: null entries are left out, and the map when only those remain. */
    private static void slots(JsonGenerator out, Map<String, Slot> slots) throws IOException {
        if (slots == null) {
            return;
        }
        boolean written = false;
        for (Map.Entry<?, ?> entry : slots.entrySet()) {
            Object name = entry.getKey();
            Object slot = entry.getValue();
            if (!(name instanceof String)) {
                throw Declined.INSTANCE;
            }
            if (slot == null) {
                continue;
            }
            if (!(slot instanceof Slot)) {
                throw Declined.INSTANCE;
            }
            if (!written) {
                out.writeFieldName("slots");
                out.writeStartObject();
                written = true;
            }
            out.writeFieldName((String) name);
            slot(out, (Slot) slot);
        }
        if (written) {
            out.writeEndObject();
        }
    }

    private static void slot(JsonGenerator out, Slot slot) throws IOException {
        out.writeStartObject();
        string(out, "name", slot.getName());
        string(out, "value", slot.getValue());
        string(out, "confirmationStatus", slot.getConfirmationStatusAsString());
        resolutions(out, slot.getResolutions());
        SlotValue slotValue = slot.getSlotValue();
        if (slotValue != null) {
            out.writeFieldName("slotValue");
            slotValue(out, slotValue);
        }
        out.writeEndObject();
    }

    private static void slotValue(JsonGenerator out, SlotValue slotValue) throws IOException {
        out.writeStartObject();
        if (slotValue instanceof SimpleSlotValue simple) {
            out.writeStringField("type", "Simple");
            string(out, "value", simple.getValue());
            resolutions(out, simple.getResolutions());
        } else if (slotValue instanceof ListSlotValue list) {
            out.writeStringField("type", "List");
            List<SlotValue> values = list.getValues();
            if (values != null && !values.isEmpty()) {
                out.writeFieldName("values");
                out.writeStartArray();
                for (Object value : values) {
                    if (value == null) {
                        out.writeNull();
                    } else if (value instanceof SlotValue) {
                        slotValue(out, (SlotValue) value);
                    } else {
                        throw Declined.INSTANCE;
                    }
                }
                out.writeEndArray();
            }
        } else {
            throw Declined.INSTANCE;
        }
        out.writeEndObject();
    }

    private static void resolutions(JsonGenerator out, Resolutions resolutions) throws IOException {
        if (resolutions == null) {
            return;
        }
        out.writeFieldName("resolutions");
        out.writeStartObject();
        List<Resolution> perAuthority = resolutions.getResolutionsPerAuthority();
        if (perAuthority != null && !perAuthority.isEmpty()) {
            out.writeFieldName("resolutionsPerAuthority");
            out.writeStartArray();
            for (Object resolution : perAuthority) {
                if (resolution == null) {
                    out.writeNull();
                } else if (resolution instanceof Resolution) {
                    resolution(out, (Resolution) resolution);
                } else {
                    throw Declined.INSTANCE;
                }
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void resolution(JsonGenerator out, Resolution resolution) throws IOException {
        out.writeStartObject();
        string(out, "authority", resolution.getAuthority());
        Status status = resolution.getStatus();
        if (status != null) {
            out.writeFieldName("status");
            out.writeStartObject();
            string(out, "code", status.getCodeAsString());
            out.writeEndObject();
        }
        List<ValueWrapper> values = resolution.getValues();
        if (values != null && !values.isEmpty()) {
            out.writeFieldName("values");
            out.writeStartArray();
            for (Object wrapper : values) {
                if (wrapper == null) {
                    out.writeNull();
                } else if (wrapper instanceof ValueWrapper) {
                    valueWrapper(out, (ValueWrapper) wrapper);
                } else {
                    throw Declined.INSTANCE;
                }
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    private static void valueWrapper(JsonGenerator out, ValueWrapper wrapper) throws IOException {
        out.writeStartObject();
        Value value = wrapper.getValue();
        if (value != null) {
            out.writeFieldName("value");
            out.writeStartObject();
            string(out, "name", value.getName());
            string(out, "id", value.getId());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private static void string(JsonGenerator out, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            out.writeStringField(name, value);
        }
    }

    private static void strings(JsonGenerator out, String name, List<String> values) throws IOException {
        if (values == null || values.isEmpty()) {
            return;
        }
        out.writeFieldName(name);
        out.writeStartArray();
        for (Object value : values) {
            if (value == null) {
                out.writeNull();
            } else if (value instanceof String) {
                out.writeString((String) value);
            } else {
                throw Declined.INSTANCE;
            }
        }
        out.writeEndArray();
    }

    /**
     * A map of JSON values; with {@code dropEmpty} (every map but session attributes) its null and
     * empty entries are left out, at every depth, as the mapper's content inclusion does.
     */
    private static void map(JsonGenerator out, Map<?, ?> map, boolean dropEmpty, int depth) throws IOException {
        if (depth > MAX_DEPTH || !isJdk(map.getClass())) {
            throw Declined.INSTANCE;
        }
        out.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            Object key = entry.getKey();
            if (!(key instanceof String)) {
                throw Declined.INSTANCE;
            }
            Object value = entry.getValue();
            if (dropEmpty && isEmpty(value, depth)) {
                continue;
            }
            out.writeFieldName((String) key);
            value(out, value, dropEmpty, depth);
        }
        out.writeEndObject();
    }

    private static void list(JsonGenerator out, List<?> list, boolean dropEmpty, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw Declined.INSTANCE;
        }
        out.writeStartArray();
        for (Object value : list) {
            value(out, value, dropEmpty, depth);
        }
        out.writeEndArray();
    }

    /** The value types the mapper writes with its standard serializers; exact classes, since a subclass may be annotated. */
    private static void value(JsonGenerator out, Object value, boolean dropEmpty, int depth) throws IOException {
        if (value == null) {
            out.writeNull();
            return;
        }
        Class<?> type = value.getClass();
        if (type == String.class) {
            out.writeString((String) value);
        } else if (type == Boolean.class) {
            out.writeBoolean(((Boolean) value).booleanValue());
        } else if (type == Integer.class || type == Short.class || type == Byte.class) {
            out.writeNumber(((Number) value).intValue());
        } else if (type == Long.class) {
            out.writeNumber(((Long) value).longValue());
        } else if (type == Double.class) {
            out.writeNumber(((Double) value).doubleValue());
        } else if (type == Float.class) {
            out.writeNumber(((Float) value).floatValue());
        } else if (type == BigDecimal.class) {
            out.writeNumber((BigDecimal) value);
        } else if (type == BigInteger.class) {
            out.writeNumber((BigInteger) value);
        } else if (value instanceof Map && isJdk(type)) {
            map(out, (Map<?, ?>) value, dropEmpty, depth + 1);
        } else if (value instanceof List && isJdk(type)) {
            list(out, (List<?>) value, dropEmpty, depth + 1);
        } else {
            throw Declined.INSTANCE;
        }
    }

    /**
     * Whether the mapper leaves out a map entry with this value under NON_EMPTY content inclusion: null,
     * an empty string or list, or a map whose own entries would all be left out. Any other value,
     * including one this writer declines, counts as not empty, so that writing it declines.
     */
    private static boolean isEmpty(Object value, int depth) {
        if (value == null) {
            return true;
        }
        if (value instanceof String) {
            return ((String) value).isEmpty();
        }
        if (value instanceof List && isJdk(value.getClass())) {
            return ((List<?>) value).isEmpty();
        }
        if (value instanceof Map && isJdk(value.getClass())) {
            if (depth > MAX_DEPTH) {
                return false;
            }
            for (Object entry : ((Map<?, ?>) value).values()) {
                if (!isEmpty(entry, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Maps and lists of the JDK's own classes: the mapper writes them with its map and collection serializers. */
    private static boolean isJdk(Class<?> type) {
        return type.getName().startsWith("java.util.");
    }

    /** Thrown, without a stack trace, where the envelope holds what this writer does not write exactly. */
    private static final class Declined extends RuntimeException {

        static final Declined INSTANCE = new Declined();

        private Declined() {
            super(null, null, false, false);
        }
    }
}
