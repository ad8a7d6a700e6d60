package com.example.reminderskill.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;

/**
 * A body that is not an Alexa request envelope, with a message that names the field and the rule
 * ({@code request.timestamp: not an ISO 8601 date-time}) and never a Java class: {@code serve}
 * answers it with a 400, {@code invoke} prints it and exits 2.
 */
final class BadEnvelopeException extends IOException {

    private static final long serialVersionUID = 1L;

    BadEnvelopeException(String field, String rule) {
        super(field + ": " + rule);
    }

    /** What Jackson found wrong in reading or binding the body, said in the envelope's own terms. */
    static BadEnvelopeException from(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return new BadEnvelopeException("body", "nested too deeply or too large to read");
        }
        if (e instanceof StreamReadException) {
            JsonLocation at = e.getLocation();
            return new BadEnvelopeException(
                    "body",
                    at == null ? "not JSON" : "not JSON at line " + at.getLineNr() + ", column " + at.getColumnNr());
        }
        if (e instanceof JsonMappingException mapping) {
            String field = field(mapping);
            if (mapping instanceof InvalidTypeIdException typeId) {
                // Jackson reports the object the type names; the rule is about its "type" field.
                String typeField = field.equals("body") ? "type" : field + ".type";
                return new BadEnvelopeException(
                        typeField, typeId.getTypeId() == null ? "a type is required" : "not a type this skill knows");
            }
            if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                return new BadEnvelopeException(
                        field, rule(mismatch.getTargetType(), mismatch instanceof InvalidFormatException));
            }
            return new BadEnvelopeException(field, "not a valid value");
        }
        return new BadEnvelopeException("body", "not JSON");
    }

    /** The JSON path of the field, such as {@code request.intent.slots.when.value}, from Jackson's reference chain. */
    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** The rule a value of {@code type} breaks: a value of the wrong form ({@code formatted}) or of the wrong JSON kind. */
    private static String rule(Class<?> type, boolean formatted) {
        if (Temporal.class.isAssignableFrom(type)) {
            return "not an ISO 8601 date-time";
        }
        if (type.isEnum()) {
            return "not one of the allowed values";
        }
        if (type == Boolean.class || type == boolean.class) {
            return formatted ? "not true or false" : "true or false is required";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return formatted ? "not a number" : "a number is required";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string is required";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array is required";
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "an object is required";
        }
        return "not a valid value";
    }
}
