package com.example.reminderskill.emulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A snapshot of the requests the emulator received on its Alexa API side (not the control API),
 * as {@code GET /emulator/calls} shows them.
 *
 * @param total       every counted request
 * @param byApi       per API, always with the keys {@code reminders}, {@code timers}, {@code settings},
 *                    {@code lwa} and {@code skillMessaging}, in that order
 * @param byOperation per {@code "METHOD /path"} with ids replaced by placeholders, for example
 *                    {@code GET /v1/alerts/reminders/{alertToken}}, sorted; only operations called at least once
 */
public record ApiCalls(long total, Map<String, Long> byApi, Map<String, Long> byOperation) {

    public ApiCalls {
        byApi = Collections.unmodifiableMap(new LinkedHashMap<>(byApi));
        byOperation = Collections.unmodifiableMap(new TreeMap<>(byOperation));
    }

    /** The calls to one API ({@code reminders}, {@code timers}, {@code settings}, {@code lwa}, {@code skillMessaging}); 0 if none. */
    public long api(String name) {
        return byApi.getOrDefault(name, 0L);
    }

    /** The calls of one operation, for example {@code POST /v1/alerts/reminders}; 0 if none. */
    public long operation(String methodAndPath) {
        return byOperation.getOrDefault(methodAndPath, 0L);
    }
}
