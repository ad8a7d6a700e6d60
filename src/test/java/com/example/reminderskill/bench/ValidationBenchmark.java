package com.example.reminderskill.bench;

import com.example.reminderskill.alerts.reminders.ReminderRequestValidator;
import com.example.reminderskill.alerts.reminders.ValidationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Validations per second of Reminders API bodies: run with {@code bench/validation.sh}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {

    private static final String ALERT =
            "\"alertInfo\": {\"spokenInfo\": {\"content\": [{\"locale\": \"en-US\", \"text\": \"walk the dog\","
                    + " \"ssml\": \"<speak> walk the dog</speak>\"}]}}, \"pushNotification\": {\"status\": \"ENABLED\"}";

    private final ReminderRequestValidator validator = new ReminderRequestValidator();
    private final ValidationContext context = ValidationContext.forCreate(
            Instant.parse("2019-09-22T10:00:00Z"), Optional.of(ZoneId.of("America/Los_Angeles")));
    private JsonNode threeDailyRules;
    private JsonNode dailyAndMonthlyRules;
    private JsonNode relative;

    @Setup
    public void readBodies() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        // The older reference page's example: three DAILY rules (period one day).
        threeDailyRules = mapper.readTree(
                "{\"requestTime\": \"2019-09-22T19:04:00.672\", \"trigger\": {\"type\": \"SCHEDULED_ABSOLUTE\","
                        + " \"scheduledTime\": \"2019-09-22T19:00:00.000\", \"timeZoneId\": \"America/Los_Angeles\", \"recurrence\": {"
                        + " \"startDateTime\": \"2019-05-10T6:00:00.000\", \"endDateTime\": \"2019-08-10T10:00:00.000\", \"recurrenceRules\": ["
                        + " \"FREQ=DAILY;BYHOUR=6;BYMINUTE=10;BYSECOND=0;INTERVAL=1;\", \"FREQ=DAILY;BYHOUR=17;BYMINUTE=15;BYSECOND=0;INTERVAL=1;\","
                        + " \"FREQ=DAILY;BYHOUR=22;BYMINUTE=45;BYSECOND=0;INTERVAL=1;\"]}}, " + ALERT + "}");
        // The current page's example: a weekly-on-Sunday DAILY rule and a MONTHLY rule (expanded over the leap cycle).
        dailyAndMonthlyRules = mapper.readTree(
                "{\"requestTime\": \"2019-09-22T19:04:00.672\", \"trigger\": {\"type\": \"SCHEDULED_ABSOLUTE\","
                        + " \"scheduledTime\": \"2019-09-22T19:00:00.000\", \"timeZoneId\": \"America/Los_Angeles\", \"recurrence\": {"
                        + " \"recurrenceRules\": [\"FREQ=DAILY;BYDAY=SU;BYHOUR=17;BYMINUTE=15;BYSECOND=0;INTERVAL=1;\","
                        + " \"FREQ=MONTHLY;BYMONTHDAY=5;BYHOUR=10;INTERVAL=1;\"]}}, " + ALERT + "}");
        relative = mapper.readTree(
                "{\"requestTime\": \"2019-09-22T19:04:00.672\", \"trigger\": {\"type\": \"SCHEDULED_RELATIVE\","
                        + " \"offsetInSeconds\": \"7200\"}, " + ALERT + "}");
    }

    @Benchmark
    public JsonNode threeDailyRules() {
        validator.validate(threeDailyRules, context);
        return threeDailyRules;
    }

    @Benchmark
    public JsonNode dailyAndMonthlyRules() {
        validator.validate(dailyAndMonthlyRules, context);
        return dailyAndMonthlyRules;
    }

    @Benchmark
    public JsonNode relativeOneShot() {
        validator.validate(relative, context);
        return relative;
    }
}
