package com.example.reminderskill.skill.conversation;

/**
 * A request lacks a part the skill needs to answer it (such as {@code context.System.user.userId}):
 * bad input, not a defect, so the error handler answers politely and logs one line without a stack trace.
 */
public final class IncompleteRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** {@code field} is the JSON path of the missing part, as Alexa names it. */
    public IncompleteRequestException(String field) {
        super(field + " is missing");
    }
}
