package com.example.reminderskill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "validate, --help",
        "emulator, --help",
        "invoke, --help",
        "serve, -h",
        "send-message, --help",
        "outcome, --help",
        "invoke, examples/requests/launch.json --help"
    })
    void everyCommand_answersHelp_withItsUsage_onStandardOutput(String command, String options) {
        String[] args = (command + " " + options).split(" ");

        int exit = run(args);

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: " + command);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"emulator --port", "serve --emulator-port"})
    void aPortInUse_isOneClearLine_andExitTwo(String commandAndOption) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String[] args = (commandAndOption + " " + taken.getLocalPort()).split(" ");

            int exit = run(args);

            String said = err.toString(StandardCharsets.UTF_8);
            assertThat(exit).isEqualTo(2);
            assertThat(said.lines())
                    .singleElement()
                    .asString()
                    .contains("port " + taken.getLocalPort())
                    .contains("in use")
                    .doesNotContain("Exception");
            assertThat(said).doesNotContain("\tat ");
        }
    }

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
