package com.example.reminderskill.cli;

import com.example.reminderskill.emulator.AlexaEmulator;
import java.util.Set;

/** Mints emulator tokens for local requests: from an emulator in this process, or from a running one through its control API. */
@FunctionalInterface
interface EmulatorTokens {

    String mint(String skillId, String userId, boolean inSession, Set<String> permissions);

    static EmulatorTokens of(AlexaEmulator emulator) {
        return emulator::mintToken;
    }
}
