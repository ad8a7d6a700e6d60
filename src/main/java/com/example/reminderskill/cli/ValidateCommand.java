package com.example.reminderskill.cli;

import com.example.reminderskill.alerts.AlexaApiException;
import com.example.reminderskill.alerts.reminders.ReminderRequestValidator;
import com.example.reminderskill.alerts.reminders.ValidationContext;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code validate [--now INSTANT] [--time-zone ZONE] [--update] FILE...}: one line per file,
 * {@code FILE: OK} or {@code FILE: ERROR_CODE message}; exit 0 when all are valid, 1 when any
 * is invalid, 2 when any input is unusable (a missing file, not JSON, a bad option).
 */
final class ValidateCommand {

    static final int INVALID = 1;

    static final String USAGE = "usage: validate [--now INSTANT] [--time-zone ZONE] [--update] FILE...";

    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final ReminderRequestValidator validator = new ReminderRequestValidator();

    ValidateCommand(Clock clock) {
        this.clock = clock;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        Instant now = clock.instant();
        ZoneId deviceZone = ZoneOffset.UTC;
        boolean update = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--now") || arg.equals("--time-zone")) {
                if (i + 1 == args.length) {
                    return usageError(err, arg + " needs a value");
                }
                String value = args[++i];
                if (arg.equals("--now")) {
                    Optional<Instant> parsed = instant(value);
                    if (parsed.isEmpty()) {
                        return usageError(
                                err, "--now '" + value + "' is not an ISO 8601 instant such as 2026-11-22T10:00:00Z");
                    }
                    now = parsed.get();
                } else {
                    Optional<ZoneId> parsed = zone(value);
                    if (parsed.isEmpty()) {
                        return usageError(
                                err, "--time-zone '" + value + "' is not a time zone id such as Europe/Berlin");
                    }
                    deviceZone = parsed.get();
                }
            } else if (arg.equals("--update")) {
                update = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return Main.OK;
            } else if (arg.startsWith("--")) {
                return usageError(err, "unknown option " + arg);
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            return usageError(err, "no FILE given");
        }
        ValidationContext context = new ValidationContext(now, Optional.of(deviceZone), !update);
        int exit = Main.OK;
        for (Path file : files) {
            exit = Math.max(exit, validate(file, context, out));
        }
        return exit;
    }

    private int validate(Path file, ValidationContext context, PrintStream out) {
        JsonNode body;
        try {
            body = mapper.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            out.println(file + ": FILE_NOT_FOUND no such file");
            return Main.USAGE;
        } catch (JsonProcessingException e) {
            out.println(file + ": NOT_JSON " + oneLine(e.getOriginalMessage()) + " at line "
                    + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
            return Main.USAGE;
        } catch (IOException e) {
            out.println(file + ": UNREADABLE_FILE " + oneLine(String.valueOf(e.getMessage())));
            return Main.USAGE;
        }
        if (body == null || body.isMissingNode()) {
            out.println(file + ": NOT_JSON the file is empty");
            return Main.USAGE;
        }
        try {
            validator.validate(body, context);
            out.println(file + ": OK");
            return Main.OK;
        } catch (AlexaApiException e) {
            out.println(file + ": " + e.code() + " " + oneLine(e.detail()));
            return INVALID;
        }
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException notAnInstant) {
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    private static Optional<ZoneId> zone(String value) {
        try {
            return Optional.of(ZoneId.of(value));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int usageError(PrintStream err, String message) {
        err.println("validate: " + message);
        err.println(USAGE);
        return Main.USAGE;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
