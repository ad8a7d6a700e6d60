package com.example.reminderskill.cli;

import com.example.reminderskill.store.FileSkillStore;
import com.example.reminderskill.store.SkillStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Where {@code invoke}, {@code serve} and {@code outcome} keep what the skill remembers: the
 * {@code --data-dir} option, else {@code REMINDER_SKILL_DATA}, else {@code .skill-data} in the
 * working directory. One folder shared by every local process, so a reminder created by
 * {@code invoke} is known to {@code serve} when a skill message changes it.
 */
final class LocalData {

    static final String VARIABLE = "REMINDER_SKILL_DATA";
    static final String DEFAULT_FOLDER = ".skill-data";

    private LocalData() {}

    static Path folder(Optional<String> option) {
        return Path.of(
                option.or(() -> Optional.ofNullable(System.getenv(VARIABLE)).filter(value -> !value.isBlank()))
                        .orElse(DEFAULT_FOLDER));
    }

    /** The store in the folder, expiring what it keeps by {@code clock}: the skill's. */
    static SkillStore open(Optional<String> option, Clock clock) {
        return FileSkillStore.open(folder(option), clock);
    }
}
