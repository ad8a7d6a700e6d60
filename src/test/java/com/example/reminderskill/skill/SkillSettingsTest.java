package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.reminderskill.alerts.ApiEndpoints;
import com.example.reminderskill.store.FileSkillStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillSettingsTest {

    private static final ApiEndpoints ENDPOINTS = ApiEndpoints.localEmulator(URI.create("http://127.0.0.1:8123"));
    private static final Clock SKILL_CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void aStoreOnAnotherClock_isRefused() {
        FileSkillStore onSystemClock = FileSkillStore.open(data, Clock.systemUTC());

        assertThatThrownBy(() -> new SkillSettings(ENDPOINTS, Optional.empty(), SKILL_CLOCK, onSystemClock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("open the store on the skill's clock");
    }

    @Test
    void aStoreOnTheSkillsClock_isTaken() {
        SkillSettings settings =
                new SkillSettings(ENDPOINTS, Optional.empty(), SKILL_CLOCK, FileSkillStore.open(data, SKILL_CLOCK));

        assertThat(settings.store().clock()).isSameAs(settings.clock());
    }
}
