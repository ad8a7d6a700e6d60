package com.example.reminderskill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What a command run as its own process printed and returned. */
record CommandRun(int exit, String stdout, String stderr) {

    /** Runs the command to its end (a minute at most); its standard error goes through a file in {@code scratch}. */
    static CommandRun of(ProcessBuilder command, Path scratch) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile(scratch, "stderr", ".txt");
        Process process = command.redirectError(stderr.toFile()).start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String errors = Files.readString(stderr);
        Files.delete(stderr);
        return new CommandRun(process.exitValue(), stdout, errors);
    }
}
