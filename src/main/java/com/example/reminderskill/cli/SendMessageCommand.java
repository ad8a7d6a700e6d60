package com.example.reminderskill.cli;

import com.example.reminderskill.emulator.LocalSkill;
import com.example.reminderskill.messaging.InvalidMessageException;
import com.example.reminderskill.messaging.SkillMessage;
import com.example.reminderskill.messaging.SkillMessageSender;
import com.example.reminderskill.messaging.SkillMessagingCredentials;
import com.example.reminderskill.messaging.SkillMessagingEndpoints;
import com.example.reminderskill.messaging.SkillMessagingException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@code send-message}: what a web app does to change a user's reminder out of session. It gets a
 * Login with Amazon token and sends one skill message (GET, UPDATE or DELETE) to one user, by
 * default to the local emulator, which works with no setup against {@code emulator} or {@code serve}.
 * On success it prints one line, {@code message accepted: OPERATION for USER_ID (client reference C)}.
 * Exit 0 accepted, 1 refused or failed by the service, 2 bad options or a message that breaks the contract.
 * Neither the client secret nor a token is ever printed.
 */
final class SendMessageCommand {

    static final URI DEFAULT_EMULATOR = URI.create("http://127.0.0.1:8123");
    static final int FAILED = 1;

    static final String USAGE = String.join(
            System.lineSeparator(),
            "usage: send-message --user USER_ID --operation GET|UPDATE|DELETE",
            "         [--alert-token T] [--external-reference R] [--client-reference C]",
            "         [--text TEXT] [--time 2099-11-30T20:00:00 [--time-zone ZONE]] [--rrule RULE]... | [--no-repeat]",
            "         [--expires-after SECONDS] [--region NA|EU|FE | --endpoint URL] [--credentials FILE]",
            "  sends one skill message to the user's skill; without --region or --endpoint it goes to the",
            "  local emulator at " + DEFAULT_EMULATOR
                    + ". --rrule may be repeated; --no-repeat stops a reminder repeating.",
            "  --expires-after: 60 to 86400 seconds (default 3600). Credentials: --credentials FILE (clientId and",
            "  clientSecret, or `ask smapi get-skill-credentials` output), else SKILL_MESSAGING_CLIENT_ID and",
            "  SKILL_MESSAGING_CLIENT_SECRET, else, for a local emulator only, the emulator's local skill.");

    private static final Set<String> VALUE_OPTIONS = Set.of(
            "--user",
            "--operation",
            "--alert-token",
            "--external-reference",
            "--client-reference",
            "--text",
            "--time",
            "--time-zone",
            "--rrule",
            "--expires-after",
            "--region",
            "--endpoint",
            "--credentials");

    /** A bad option or a message that breaks the contract: exit 2 with the usage. */
    private static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    /** The options as given: each once, except {@code --rrule}. */
    private record Options(Map<String, String> values, List<String> rules, boolean noRepeat) {
        Optional<String> get(String name) {
            return Optional.ofNullable(values.get(name));
        }

        String required(String name) throws UsageError {
            String value = values.get(name);
            if (value == null) {
                throw new UsageError(name + " is required");
            }
            return value;
        }
    }

    private final UnaryOperator<String> environment;

    SendMessageCommand() {
        this(System::getenv);
    }

    /** @param environment where {@code SKILL_MESSAGING_CLIENT_ID} and {@code _SECRET} are read */
    SendMessageCommand(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.println(USAGE);
            return Main.OK;
        }
        String userId;
        SkillMessage message;
        Duration expiresAfter;
        SkillMessagingEndpoints endpoints;
        SkillMessagingCredentials credentials;
        try {
            Options options = parse(args);
            userId = options.required("--user");
            if (userId.isBlank()) {
                throw new UsageError("--user must not be blank");
            }
            message = message(options);
            expiresAfter = expiresAfter(options);
            endpoints = endpoints(options);
            credentials = credentials(options, endpoints);
        } catch (UsageError e) {
            return usageError(err, e.getMessage());
        }
        try {
            SkillMessageSender.builder(endpoints, credentials).build().send(userId, message, expiresAfter);
        } catch (SkillMessagingException e) {
            err.println("send-message: " + e.getMessage());
            return FAILED;
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }
        out.println("message accepted: " + message.operation() + " for " + userId
                + message.clientReference()
                        .map(reference -> " (client reference " + reference + ")")
                        .orElse(""));
        return Main.OK;
    }

    private static Options parse(String[] args) throws UsageError {
        Map<String, String> values = new HashMap<>();
        List<String> rules = new ArrayList<>();
        boolean noRepeat = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--no-repeat")) {
                noRepeat = true;
            } else if (VALUE_OPTIONS.contains(arg)) {
                // A value that is itself an option name means the value was left out.
                if (i + 1 == args.length || VALUE_OPTIONS.contains(args[i + 1]) || args[i + 1].equals("--no-repeat")) {
                    throw new UsageError(arg + " needs a value");
                }
                String value = args[++i];
                if (arg.equals("--rrule")) {
                    rules.add(value);
                } else if (values.putIfAbsent(arg, value) != null) {
                    throw new UsageError(arg + " is given twice");
                }
            } else {
                throw new UsageError(
                        arg.startsWith("-") ? "unknown option " + arg : "unexpected argument '" + arg + "'");
            }
        }
        if (noRepeat && !rules.isEmpty()) {
            throw new UsageError("--no-repeat and --rrule contradict each other: give one");
        }
        return new Options(Map.copyOf(values), List.copyOf(rules), noRepeat);
    }

    private static SkillMessage message(Options options) throws UsageError {
        String operation = options.required("--operation");
        SkillMessage.Builder builder;
        try {
            builder = SkillMessage.builder(SkillMessage.Operation.valueOf(operation.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--operation '" + operation + "' is not GET, UPDATE or DELETE");
        }
        options.get("--alert-token").ifPresent(builder::alertToken);
        options.get("--external-reference").ifPresent(builder::externalReference);
        options.get("--client-reference").ifPresent(builder::clientReference);
        options.get("--text").ifPresent(builder::text);
        Optional<String> time = options.get("--time");
        if (time.isPresent()) {
            try {
                builder.scheduledTime(LocalDateTime.parse(time.get()));
            } catch (DateTimeException e) {
                throw new UsageError(
                        "--time '" + time.get() + "' is not a local date and time such as 2026-11-29T15:00:00");
            }
        }
        Optional<String> zone = options.get("--time-zone");
        if (zone.isPresent()) {
            try {
                builder.timeZone(ZoneId.of(zone.get()));
            } catch (DateTimeException e) {
                throw new UsageError("--time-zone '" + zone.get() + "' is not a time zone such as Europe/London");
            }
        }
        if (options.noRepeat()) {
            builder.recurrenceRules(List.of());
        } else if (!options.rules().isEmpty()) {
            builder.recurrenceRules(options.rules());
        }
        try {
            return builder.build();
        } catch (InvalidMessageException e) {
            throw new UsageError(e.code() + ": " + e.getMessage());
        }
    }

    private static Duration expiresAfter(Options options) throws UsageError {
        Optional<String> value = options.get("--expires-after");
        if (value.isEmpty()) {
            return SkillMessageSender.DEFAULT_EXPIRES_AFTER;
        }
        long seconds;
        try {
            seconds = Long.parseLong(value.get().strip());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        Duration expiresAfter = Duration.ofSeconds(seconds);
        if (expiresAfter.compareTo(SkillMessageSender.MIN_EXPIRES_AFTER) < 0
                || expiresAfter.compareTo(SkillMessageSender.MAX_EXPIRES_AFTER) > 0) {
            throw new UsageError("--expires-after '" + value.get() + "' is not a whole number of seconds from "
                    + SkillMessageSender.MIN_EXPIRES_AFTER.toSeconds() + " to "
                    + SkillMessageSender.MAX_EXPIRES_AFTER.toSeconds());
        }
        return expiresAfter;
    }

    private static SkillMessagingEndpoints endpoints(Options options) throws UsageError {
        Optional<String> region = options.get("--region");
        Optional<String> endpoint = options.get("--endpoint");
        if (region.isPresent() && endpoint.isPresent()) {
            throw new UsageError("--region and --endpoint contradict each other: give one");
        }
        try {
            if (region.isPresent()) {
                return SkillMessagingEndpoints.region(SkillMessagingEndpoints.Region.parse(region.get()));
            }
            if (endpoint.isPresent()) {
                return SkillMessagingEndpoints.localEmulator(new URI(endpoint.get()));
            }
            return SkillMessagingEndpoints.localEmulator(DEFAULT_EMULATOR);
        } catch (URISyntaxException e) {
            throw new UsageError("--endpoint '" + endpoint.orElse("") + "' is not a URL: " + e.getReason());
        } catch (IllegalArgumentException e) {
            throw new UsageError((region.isPresent() ? "--region: " : "--endpoint: ") + e.getMessage());
        }
    }

    private SkillMessagingCredentials credentials(Options options, SkillMessagingEndpoints endpoints)
            throws UsageError {
        Optional<String> file = options.get("--credentials");
        if (file.isPresent()) {
            try {
                return SkillMessagingCredentials.fromFile(Path.of(file.get()));
            } catch (IllegalArgumentException e) {
                throw new UsageError("--credentials " + e.getMessage());
            }
        }
        Optional<SkillMessagingCredentials> fromEnvironment;
        try {
            fromEnvironment = SkillMessagingCredentials.fromEnvironment(environment);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        if (fromEnvironment.isPresent()) {
            return fromEnvironment.get();
        }
        if (endpoints.isLocalEmulator()) {
            return new SkillMessagingCredentials(LocalSkill.CLIENT_ID, LocalSkill.CLIENT_SECRET);
        }
        throw new UsageError(
                "no credentials: give --credentials FILE, or set " + SkillMessagingCredentials.CLIENT_ID_VARIABLE
                        + " and " + SkillMessagingCredentials.CLIENT_SECRET_VARIABLE);
    }

    private static int usageError(PrintStream err, String message) {
        err.println("send-message: " + message);
        err.println(USAGE);
        return Main.USAGE;
    }
}
