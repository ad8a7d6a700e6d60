package com.example.reminderskill.messaging;

import java.util.Objects;

/** A skill message that breaks the contract: which rule, and for which field. */
public final class InvalidMessageException extends RuntimeException {

    /** Not an object, a field of the wrong type or value, a missing or unknown field. */
    public static final String INVALID_MESSAGE = "INVALID_MESSAGE";
    /** A {@code version} this code does not know. */
    public static final String UNSUPPORTED_VERSION = "UNSUPPORTED_VERSION";
    /** An {@code operation} other than GET, UPDATE and DELETE. */
    public static final String UNKNOWN_OPERATION = "UNKNOWN_OPERATION";

    private final String code;

    public InvalidMessageException(String code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    public String code() {
        return code;
    }
}
