package com.example.reminderskill.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * The store for local runs: one JSON file per user under {@code users/}, named by the SHA-256 of
 * the user id so that any id makes a safe file name. Several processes may use one folder at once
 * ({@code invoke} beside {@code serve}), so every call reads the file again, every write holds a
 * lock, first in this JVM and then on a lock file, and a write replaces the file atomically: a
 * reader sees the old content or the new, never half of it.
 */
public final class FileSkillStore implements SkillStore {

    /**
     * One lock per lock file for the whole JVM. Two stores on one folder in one JVM must not hold
     * file locks on the same file at once: the JVM refuses overlapping locks, and closing either
     * channel would release both.
     */
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int FORMAT_VERSION = 1;

    private final Path usersFolder;
    private final Path locksFolder;
    private final Clock clock;

    private FileSkillStore(Path usersFolder, Path locksFolder, Clock clock) {
        this.usersFolder = usersFolder;
        this.locksFolder = locksFolder;
        this.clock = clock;
    }

    /** Opens (creating it when needed) the store in {@code folder}, expiring entries by the system clock. */
    public static FileSkillStore open(Path folder) {
        return open(folder, Clock.systemUTC());
    }

    /** Opens the store in {@code folder}; {@code clock} says when processed ids, outcomes and tombstones expire. */
    public static FileSkillStore open(Path folder, Clock clock) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(clock, "clock");
        try {
            Path root = Files.createDirectories(folder).toRealPath();
            return new FileSkillStore(Files.createDirectories(root.resolve("users")),
                    Files.createDirectories(root.resolve("locks")), clock);
        } catch (IOException e) {
            throw new StoreException("could not open the store folder " + folder, e);
        }
    }

    @Override
    public Optional<KeptReminder> reminder(String userId, String alertToken) {
        return Optional.ofNullable(read(userId).reminders.get(alertToken))
                .filter(entry -> entry.alive(clock.instant()))
                .map(Expiring::value);
    }

    @Override
    public List<KeptReminder> reminders(String userId) {
        Instant now = clock.instant();
        return read(userId).reminders.values().stream()
                .filter(entry -> entry.alive(now))
                .map(Expiring::value)
                .toList();
    }

    @Override
    public boolean putReminder(KeptReminder reminder) {
        return change(reminder.userId(), (data, now) -> {
            long storedRevision = Optional.ofNullable(data.reminders.get(reminder.alertToken()))
                    .map(entry -> entry.value().revision())
                    .orElse(0L);
            if (storedRevision != reminder.revision()) {
                return false;
            }
            data.putReminder(reminder.nextRevision(), now);
            return true;
        });
    }

    /** Reads, changes and writes under the lock, so concurrent writers wait instead of conflicting. */
    @Override
    public KeptReminder updateReminder(String userId, String alertToken, Instant now, UnaryOperator<KeptReminder> change) {
        return change(userId, (data, writtenAt) -> {
            KeptReminder current = Optional.ofNullable(data.reminders.get(alertToken))
                    .map(Expiring::value)
                    .orElseGet(() -> KeptReminder.unknown(userId, alertToken, now));
            KeptReminder next = change.apply(current);
            if (next == current) {
                return current;
            }
            StoreJson.requireSameReminder(current, next);
            KeptReminder stored = next.nextRevision();
            data.putReminder(stored, writtenAt);
            return stored;
        });
    }

    @Override
    public void putTimer(KeptTimer timer, Instant expiresAt) {
        change(timer.userId(), (data, now) -> data.timers.put(timer.timerId(), new Expiring<>(timer, Optional.of(expiresAt))));
    }

    @Override
    public List<KeptTimer> timers(String userId, Instant now) {
        return read(userId).timers.values().stream()
                .filter(entry -> entry.alive(now))
                .map(Expiring::value)
                .toList();
    }

    @Override
    public void putDeviceZone(KeptDeviceZone device) {
        change(device.userId(), (data, now) -> data.deviceZones.put(device.deviceId(), new Expiring<>(device, Optional.of(device.expiresAt()))));
    }

    @Override
    public Optional<KeptDeviceZone> deviceZone(String userId, String deviceId, Instant now) {
        return Optional.ofNullable(read(userId).deviceZones.get(deviceId))
                .map(Expiring::value)
                .filter(device -> device.isLiveAt(now));
    }

    @Override
    public boolean markProcessed(String userId, String id, Instant expiresAt) {
        return change(userId, (data, now) -> {
            if (data.processed.containsKey(id)) {
                return false;
            }
            data.processed.put(id, expiresAt);
            return true;
        });
    }

    @Override
    public void putOutcome(MessageOutcome outcome, Instant expiresAt) {
        change(outcome.userId(), (data, now) ->
                data.outcomes.put(outcome.reference(), new Expiring<>(outcome, Optional.of(expiresAt))));
    }

    @Override
    public Optional<MessageOutcome> outcome(String userId, String reference) {
        return Optional.ofNullable(read(userId).outcomes.get(reference))
                .filter(entry -> entry.alive(clock.instant()))
                .map(Expiring::value);
    }

    /** Removes the user's file without reading it, so that even a corrupt file can be forgotten on request. */
    @Override
    public void deleteUser(String userId) {
        locked(userId, file -> {
            Files.deleteIfExists(file);
            return null;
        });
    }

    /** The user's file as it is now; no lock, since writes replace the file in one step. */
    private UserData read(String userId) {
        return load(userId, userFile(userId));
    }

    /** Applies {@code change} to the user's data under both locks and writes it back when it changed. */
    private <R> R change(String userId, Change<R> change) {
        return locked(userId, file -> {
            Instant now = clock.instant();
            UserData data = load(userId, file);
            JsonNode before = data.toJson();
            data.removeExpired(now);
            R result = change.apply(data, now);
            JsonNode after = data.toJson();
            if (!after.equals(before)) {
                write(file, data.isEmpty() ? Optional.empty() : Optional.of(after));
            }
            return result;
        });
    }

    /**
     * Runs {@code action} on the user's file while holding this JVM's lock and then the lock file's.
     * Users share one of 16 lock files by the first digit of their file name: few files, little waiting.
     */
    private <R> R locked(String userId, FileAction<R> action) {
        Path file = userFile(userId);
        Path lockFile = locksFolder.resolve(fileName(userId).substring(0, 1) + ".lock");
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, path -> new ReentrantLock());
        jvmLock.lock();
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            lockChannel.lock(); // released when the channel closes
            return action.apply(file);
        } catch (IOException e) {
            throw new StoreException("could not write " + describe(file), e);
        } finally {
            jvmLock.unlock();
        }
    }

    private UserData load(String userId, Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new UserData(userId);
        } catch (IOException e) {
            throw new StoreException("could not read " + describe(file), e);
        }
        try {
            return UserData.fromJson(userId, StoreJson.parse(new String(content, StandardCharsets.UTF_8)));
        } catch (StoreException e) {
            throw new StoreException(describe(file) + " is corrupt (" + e.getMessage() + "); it was left as it is", e);
        }
    }

    /** Writes a temporary file and moves it over the user's file, or removes the file when nothing is left. */
    private static void write(Path file, Optional<JsonNode> content) throws IOException {
        if (content.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        ByteBuffer bytes = ByteBuffer.wrap(StoreJson.text(content.get()).getBytes(StandardCharsets.UTF_8));
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Path userFile(String userId) {
        return usersFolder.resolve(fileName(userId) + ".json");
    }

    private static String describe(Path file) {
        return "the user file " + file.getParent().getFileName() + "/" + file.getFileName();
    }

    private static String fileName(String userId) {
        Objects.requireNonNull(userId, "userId");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(userId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @FunctionalInterface
    private interface FileAction<R> {
        R apply(Path userFile) throws IOException;
    }

    /** One change to a user's data, made under the locks; {@code now} is when it is written. */
    @FunctionalInterface
    private interface Change<R> {
        R apply(UserData data, Instant now);
    }

    /** A stored value and when it stops counting, if ever. */
    private record Expiring<T>(T value, Optional<Instant> expiresAt) {

        boolean alive(Instant now) {
            return expiresAt.map(expiry -> !expiry.isBefore(now)).orElse(true);
        }
    }

    /** One user's file while a call reads or changes it; never shared between calls. */
    private static final class UserData {

        private final String userId;
        private final Map<String, Expiring<KeptReminder>> reminders = new LinkedHashMap<>();
        private final Map<String, Expiring<KeptTimer>> timers = new LinkedHashMap<>();
        private final Map<String, Expiring<KeptDeviceZone>> deviceZones = new LinkedHashMap<>();
        private final Map<String, Instant> processed = new LinkedHashMap<>();
        private final Map<String, Expiring<MessageOutcome>> outcomes = new LinkedHashMap<>();

        UserData(String userId) {
            this.userId = userId;
        }

        void putReminder(KeptReminder reminder, Instant now) {
            reminders.put(reminder.alertToken(), new Expiring<>(reminder, StoreJson.reminderExpiry(reminder, now)));
        }

        void removeExpired(Instant now) {
            reminders.values().removeIf(entry -> !entry.alive(now));
            timers.values().removeIf(entry -> !entry.alive(now));
            deviceZones.values().removeIf(entry -> !entry.alive(now));
            processed.values().removeIf(expiry -> expiry.isBefore(now));
            outcomes.values().removeIf(entry -> !entry.alive(now));
        }

        boolean isEmpty() {
            return reminders.isEmpty() && timers.isEmpty() && deviceZones.isEmpty() && processed.isEmpty() && outcomes.isEmpty();
        }

        ObjectNode toJson() {
            ObjectNode root = NODES.objectNode();
            root.put("version", FORMAT_VERSION);
            root.put("userId", userId);
            ArrayNode reminderEntries = root.putArray("reminders");
            reminders.values().forEach(entry -> reminderEntries.add(entry(StoreJson.reminderNode(entry.value()), entry.expiresAt())));
            ArrayNode timerEntries = root.putArray("timers");
            timers.values().forEach(entry -> timerEntries.add(entry(StoreJson.timerNode(entry.value()), entry.expiresAt())));
            ArrayNode deviceZoneEntries = root.putArray("deviceZones");
            deviceZones.values().forEach(entry -> deviceZoneEntries.add(entry(StoreJson.deviceZoneNode(entry.value()), entry.expiresAt())));
            ObjectNode processedIds = root.putObject("processed");
            processed.forEach((id, expiry) -> processedIds.put(id, expiry.toString()));
            ArrayNode outcomeEntries = root.putArray("outcomes");
            outcomes.values().forEach(entry -> outcomeEntries.add(entry(StoreJson.outcomeNode(entry.value()), entry.expiresAt())));
            return root;
        }

        static UserData fromJson(String userId, JsonNode root) {
            StoreJson.requireObject(root, "user file");
            if (!userId.equals(StoreJson.requiredText(root, "userId"))) {
                throw new StoreException("it belongs to another user");
            }
            UserData data = new UserData(userId);
            for (JsonNode entry : array(root, "reminders")) {
                KeptReminder reminder = StoreJson.reminder(entry.get("value"));
                data.reminders.put(reminder.alertToken(), new Expiring<>(reminder, expiry(entry)));
            }
            for (JsonNode entry : array(root, "timers")) {
                KeptTimer timer = StoreJson.timer(entry.get("value"));
                data.timers.put(timer.timerId(), new Expiring<>(timer, expiry(entry)));
            }
            for (JsonNode entry : array(root, "deviceZones")) {
                KeptDeviceZone device = StoreJson.deviceZone(entry.get("value"));
                data.deviceZones.put(device.deviceId(), new Expiring<>(device, expiry(entry)));
            }
            JsonNode processed = root.get("processed");
            if (StoreJson.present(processed)) {
                StoreJson.requireObject(processed, "processed ids");
                processed.properties().forEach(field ->
                        data.processed.put(field.getKey(), StoreJson.instant(field.getValue().asText(), "processed")));
            }
            for (JsonNode entry : array(root, "outcomes")) {
                MessageOutcome outcome = StoreJson.outcome(entry.get("value"));
                data.outcomes.put(outcome.reference(), new Expiring<>(outcome, expiry(entry)));
            }
            return data;
        }

        private static ObjectNode entry(ObjectNode value, Optional<Instant> expiresAt) {
            ObjectNode entry = NODES.objectNode();
            entry.set("value", value);
            expiresAt.ifPresent(expiry -> entry.put("expiresAt", expiry.toString()));
            return entry;
        }

        private static Optional<Instant> expiry(JsonNode entry) {
            return StoreJson.optionalText(entry, "expiresAt").map(value -> StoreJson.instant(value, "expiresAt"));
        }

        private static Iterable<JsonNode> array(JsonNode root, String field) {
            JsonNode node = root.get(field);
            if (!StoreJson.present(node)) {
                return List.of();
            }
            if (!node.isArray()) {
                throw new StoreException("field '" + field + "' is not an array");
            }
            return node;
        }
    }
}
