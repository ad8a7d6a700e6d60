package com.example.reminderskill.store;

/** The store could not be read or written: a file or DynamoDB failure, or a write that kept conflicting. */
public final class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
