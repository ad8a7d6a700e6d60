package com.example.reminderskill.cli;

import com.example.reminderskill.emulator.AlexaEmulator;
import com.example.reminderskill.emulator.LocalSkill;
import com.example.reminderskill.emulator.SkillEndpoint;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.CountDownLatch;

/**
 * {@code emulator [--port N] [--skill-endpoint URL]}: the emulated Alexa APIs alone, on
 * 127.0.0.1, until the process is stopped. The first line printed is
 * {@code Alexa API emulator listening on http://127.0.0.1:PORT}.
 */
final class EmulatorCommand {

    private static final String USAGE = "usage: emulator [--port N] [--skill-endpoint URL]";

    int run(String[] args, PrintStream out, PrintStream err) {
        AlexaEmulator.Builder builder = AlexaEmulator.builder().port(8123)
                .skillCredentials(LocalSkill.SKILL_ID, LocalSkill.CLIENT_ID, LocalSkill.CLIENT_SECRET);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("--port") || arg.equals("--skill-endpoint")) && i + 1 == args.length) {
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
                        return usageError(err, "--skill-endpoint '" + value + "' is not an http(s) URL: " + e.getReason());
                    }
                    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                        return usageError(err, "--skill-endpoint '" + value + "' is not an http(s) URL");
                    }
                    builder.skillEndpoint(SkillEndpoint.http(url));
                }
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return Main.OK;
                }
                default -> {
                    return usageError(err, "unknown option " + arg);
                }
            }
        }
        AlexaEmulator emulator = builder.start();
        String base = emulator.baseUri().toString();
        out.println("Alexa API emulator listening on " + base);
        out.println("  mint a token:  curl -s -X POST " + base + "/emulator/sessions -d '{\"skillId\":\"amzn1.ask.skill.local\","
                + "\"userId\":\"amzn1.ask.account.local\",\"inSession\":true,\"permissions\":[\"alexa::alerts:reminders:skill:readwrite\"]}'");
        out.println("  reminders:     " + base + "/v1/alerts/reminders  (Authorization: Bearer <apiAccessToken>)");
        out.println("  move the clock: curl -s -X POST " + base + "/emulator/clock -d '{\"advanceSeconds\":3600}'");
        out.println("  events:        curl -s " + base + "/emulator/events");
        // Secrets are never printed, not even the local placeholder: the README names it.
        out.println("  LWA token:     curl -s -X POST " + base + "/auth/o2/token -d 'grant_type=client_credentials&client_id="
                + LocalSkill.CLIENT_ID + "&client_secret=<local secret, see README>&scope=alexa:skill_messaging'"
                + "  then POST " + base + "/v1/skillmessages/users/<userId> (Authorization: Bearer <access_token>)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    private static int usageError(PrintStream err, String message) {
        err.println("emulator: " + message);
        err.println(USAGE);
        return Main.USAGE;
    }
}
