package com.example.reminderskill.retry;

import java.time.Duration;

/** Waits between two attempts; tests replace it to move a fake clock instead of waiting. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
