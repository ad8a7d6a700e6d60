package com.example.reminderskill.cli;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.emulator.LocalSkill;
import com.example.reminderskill.emulator.SkillEndpoint;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@code emulator [--port N] [--skill-endpoint URL] [--max-requests-per-second N] [--max-reminders-per-user N]}:
 * the emulated Alexa APIs alone, on 127.0.0.1, until the process is stopped. The first line printed is
 * {@code Alexa API emulator listening on http://127.0.0.1:PORT}. The two limits default to the
 * service's (25 requests per second per skill, 500 reminders per user); benchmarks raise them.
 */
final class EmulatorCommand {

    static final String USAGE =
            "usage: emulator [--port N] [--skill-endpoint URL] [--max-requests-per-second N] [--max-reminders-per-user N]";

    int run(String[] args, PrintStream out, PrintStream err) {
        AlexaEmulator.Builder builder = AlexaEmulator.builder()
                .port(8123)
                .skillCredentials(LocalSkill.SKILL_ID, LocalSkill.CLIENT_ID, LocalSkill.CLIENT_SECRET);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--port")
                            || arg.equals("--skill-endpoint")
                            || arg.equals("--max-requests-per-second")
                            || arg.equals("--max-reminders-per-user"))
                    && i + 1 == args.length) {
                return usageError(err, arg + " needs a value");
            }
            switch (arg) {
                case "--port" -> {
                    String value = args[++i];
                    try {
                        builder.port(Integer.parseInt(value));
                    } catch (IllegalArgumentException e) {
                        return usageError(err, "--port '" + value + "' is not a port number from 0 to 65535");
                    }
                }
                case "--skill-endpoint" -> {
                    String value = args[++i];
                    URI url;
                    try {
                        url = new URI(value);
                    } catch (URISyntaxException e) {
                        return usageError(
                                err, "--skill-endpoint '" + value + "' is not an http(s) URL: " + e.getReason());
                    }
                    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                        return usageError(err, "--skill-endpoint '" + value + "' is not an http(s) URL");
                    }
                    builder.skillEndpoint(SkillEndpoint.http(url));
                }
                case "--max-requests-per-second" -> {
                    String value = args[++i];
                    Integer perSecond = positive(value);
                    if (perSecond == null) {
                        return usageError(
                                err, "--max-requests-per-second '" + value + "' is not a whole number of 1 or more");
                    }
                    builder.maxRequestsPerSecond(perSecond);
                }
                case "--max-reminders-per-user" -> {
                    String value = args[++i];
                    Integer perUser = positive(value);
                    if (perUser == null) {
                        return usageError(
                                err, "--max-reminders-per-user '" + value + "' is not a whole number of 1 or more");
                    }
                    builder.maxRemindersPerUser(perUser);
                }
                default -> {
                    return usageError(err, "unknown option " + arg);
                }
            }
        }
        AlexaEmulator emulator;
        try {
            emulator = builder.start();
        } catch (UncheckedIOException e) {
            err.println("emulator: " + Main.cannotListen(e));
            return Main.USAGE;
        }
        String base = emulator.baseUri().toString();
        out.println("Alexa API emulator listening on " + base);
        out.println(
                "  mint a token:  curl -s -X POST " + base
                        + "/emulator/sessions -d '{\"skillId\":\"amzn1.ask.skill.local\","
                        + "\"userId\":\"amzn1.ask.account.local\",\"inSession\":true,\"permissions\":[\"alexa::alerts:reminders:skill:readwrite\"]}'");
        out.println("  reminders:     " + base + "/v1/alerts/reminders  (Authorization: Bearer <apiAccessToken>)");
        out.println("  move the clock: curl -s -X POST " + base + "/emulator/clock -d '{\"advanceSeconds\":3600}'");
        out.println("  events:        curl -s " + base + "/emulator/events");
        out.println("  API calls:     curl -s " + base + "/emulator/calls   (zero them: curl -s -X POST " + base
                + "/emulator/calls/reset)");
        // Secrets are never printed, not even the local placeholder: the README names it.
        out.println("  LWA token:     curl -s -X POST " + base
                + "/auth/o2/token -d 'grant_type=client_credentials&client_id="
                + LocalSkill.CLIENT_ID + "&client_secret=<local secret, see README>&scope=alexa:skill_messaging'"
                + "  then POST " + base + "/v1/skillmessages/users/<userId> (Authorization: Bearer <access_token>)");
        out.flush();
        return Main.runUntilStopped(emulator::close);
    }

    /** The value as an int of 1 or more, or null when it is not one. */
    private static Integer positive(String value) {
        try {
            int parsed = Integer.parseInt(value);
            return parsed >= 1 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int usageError(PrintStream err, String message) {
        err.println("emulator: " + message);
        err.println(USAGE);
        return Main.USAGE;
    }
}
