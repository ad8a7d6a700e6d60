package com.example.reminderskill.emulator;

import com.example.reminderskill.alerts.ErrorCode;

/** An error answer of an emulated API: HTTP status plus the documented {@code {"code","message"}} body. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    ApiError(int status, ErrorCode code, String message) {
        this(status, code.name(), message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
