package com.example.reminderskill.skill.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.Response;
import com.example.reminderskill.skill.conversation.Repeat;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Alexa's built-in slot types read as values (the slot's text comes from
 * {@link com.example.reminderskill.skill.conversation.RequestParts#slot}), and the question that
 * asks for a slot again when it gave none.
 */
final class Slots {

    private Slots() {}

    /** Asks for {@code slot} again; Alexa's dialog fills it into {@code intent}. */
    static Optional<Response> askFor(HandlerInput input, Intent intent, String slot, String question) {
        return input.getResponseBuilder()
                .withSpeech(question)
                .withReprompt(question)
                .addElicitSlotDirective(slot, intent)
                .build();
    }

    /**
     * AMAZON.TIME: "19:00"; for "tomorrow morning" Alexa sends MO, AF, EV or NI, which take the
     * part of the day's usual hour (8:00, 15:00, 19:00, 21:00), as recurring schedules do: the
     * confirmation says the time, so the user can still change it.
     */
    static Optional<LocalTime> timeOfDay(String value) {
        try {
            return Optional.of(LocalTime.parse(value));
        } catch (DateTimeException e) {
            return Repeat.PartOfDay.ofAmazonTime(value).map(Repeat.PartOfDay::defaultTime);
        }
    }

    /** AMAZON.DATE: a full date such as 2026-11-23; weeks, months and seasons give nothing. */
    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * AMAZON.DURATION as an exact length: PT20M, P1D, P2W; empty for months and years, which have
     * no fixed length, and for what is not positive or does not fit the APIs (seconds in an int).
     */
    static Optional<Duration> exactDuration(String value) {
        return AlexaDuration.parse(value).flatMap(AlexaDuration::exact);
    }

    /** AMAZON.Ordinal gives "2" for "the second"; some devices say "2nd". */
    static Optional<Integer> ordinal(String value) {
        String digits = value.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 4 ? Optional.empty() : Optional.of(Integer.parseInt(digits));
    }

    /** AMAZON.DayOfWeek gives the spoken name ("monday", "Montag"); English names are accepted in every locale. */
    static Optional<DayOfWeek> dayOfWeek(String value, Locale locale) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getDisplayName(TextStyle.FULL, locale).equalsIgnoreCase(value.strip())
                    || day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(value.strip())) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }
}
