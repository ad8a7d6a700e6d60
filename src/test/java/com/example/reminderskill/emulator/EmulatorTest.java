package com.example.reminderskill.emulator;

import org.junit.jupiter.api.AfterEach;

/** Runs one emulator per test on a free loopback port, with an HTTP client for it, and stops it after. */
abstract class EmulatorTest {

    protected AlexaEmulator emulator;
    protected EmulatorHttp api;

    protected void start(AlexaEmulator.Builder builder) {
        emulator = builder.start();
        api = new EmulatorHttp(emulator.baseUri());
    }

    @AfterEach
    void stopEmulator() {
        if (emulator != null) {
            emulator.close();
        }
    }
}
