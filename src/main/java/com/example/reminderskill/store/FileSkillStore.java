package com.example.reminderskill.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store for local runs, in one folder:
 * <pre>
 * users/&lt;user&gt;.json                      whose the data is, the layout's version, when it was last swept
 * items/&lt;user&gt;/reminders/&lt;item&gt;.json    one file per reminder, timer, device zone, processed id, outcome:
 * items/&lt;user&gt;/timers/&lt;item&gt;.json       the value and when it expires
 * items/&lt;user&gt;/devices/&lt;item&gt;.json
 * items/&lt;user&gt;/processed/&lt;item&gt;.json
 * items/&lt;user&gt;/outcomes/&lt;item&gt;.json
 * locks/&lt;digit&gt;.lock                    16 lock files, users spread by their name's first digit
 * </pre>
 * where {@code <user>} is the SHA-256 of the user id and {@code <item>} that of the item's id
 * (alert token, timer id, ...), so any id makes a safe file name; the id itself is in the file.
 * One file per item makes a write cost the same however much the user keeps: it reads the small
 * user file, and reads and writes the item's own file, never the rest. Listing reads the kind's
 * files. The user file tells in one read whether the user has data, and in which layout.
 *
 * <p>Several processes may use one folder at once ({@code invoke} beside {@code serve}), so every
 * call reads the files again, every write holds a lock, first in this JVM and then on a lock file,
 * and a write replaces a file atomically. A user without a user file has no data, whatever else is
 * on disk: {@link #deleteUser} removes that file first, and the next write clears what is left.
 *
 * <p>Expired items count as absent. A read or write that comes across one deletes it, and at
 * most once an hour a write also deletes all the user's expired items, so that processed ids
 * nobody reads again do not pile up. The user file of earlier releases (version 1) held all the
 * user's items; the first call for such a user moves them into files of their own.
 */
public final class FileSkillStore implements SkillStore {

    /** How often a write of a user also deletes the user's expired items. */
    static final Duration SWEEP_EVERY = Duration.ofHours(1);

    /**
     * One lock per lock file for the whole JVM. Two stores on one folder in one JVM must not hold
     * file locks on the same file at once: the JVM refuses overlapping locks, and closing either
     * channel would release both.
     */
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private static final Logger LOG = LoggerFactory.getLogger(FileSkillStore.class);

    private final Path root;
    private final Path locksFolder;
    private final Clock clock;

    private FileSkillStore(Path root, Path locksFolder, Clock clock) {
        this.root = root;
        this.locksFolder = locksFolder;
        this.clock = clock;
    }

    /** Opens the store in {@code folder}; {@code clock} says when processed ids, outcomes and tombstones expire. */
    public static FileSkillStore open(Path folder, Clock clock) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(clock, "clock");
        try {
            Path root = Files.createDirectories(folder).toRealPath();
            Files.createDirectories(root.resolve("users"));
            Files.createDirectories(root.resolve("items"));
            return new FileSkillStore(root, Files.createDirectories(root.resolve("locks")), clock);
        } catch (IOException e) {
            throw new StoreException("could not open the store folder " + folder, e);
        }
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Optional<KeptReminder> reminder(String userId, String alertToken) {
        return live(userId, ItemKind.REMINDER, alertToken, clock.instant());
    }

    @Override
    public List<KeptReminder> reminders(String userId) {
        return allLive(userId, ItemKind.REMINDER, clock.instant());
    }

    @Override
    public boolean putReminder(KeptReminder reminder) {
        return change(reminder.userId(), (user, now) -> {
            long storedRevision = liveItem(user, ItemKind.REMINDER, reminder.alertToken(), now)
                    .map(item -> item.value().revision())
                    .orElse(0L);
            if (storedRevision != reminder.revision()) {
                return false;
            }
            user.write(reminderItem(reminder.nextRevision(), now));
            return true;
        });
    }

    /** Reads, changes and writes under the lock, so concurrent writers wait instead of conflicting. */
    @Override
    public KeptReminder updateReminder(
            String userId, String alertToken, Instant now, UnaryOperator<KeptReminder> change) {
        return change(userId, (user, writtenAt) -> {
            KeptReminder current = liveItem(user, ItemKind.REMINDER, alertToken, writtenAt)
                    .map(StoredItem::value)
                    .orElseGet(() -> KeptReminder.unknown(userId, alertToken, now));
            KeptReminder next = change.apply(current);
            if (next == current) {
                return current;
            }
            StoreJson.requireSameReminder(current, next);
            KeptReminder stored = next.nextRevision();
            user.write(reminderItem(stored, writtenAt));
            return stored;
        });
    }

    @Override
    public void putTimer(KeptTimer timer, Instant expiresAt) {
        put(timer.userId(), new StoredItem<>(ItemKind.TIMER, timer, Optional.of(expiresAt)));
    }

    @Override
    public List<KeptTimer> timers(String userId, Instant now) {
        return allLive(userId, ItemKind.TIMER, now);
    }

    @Override
    public void putDeviceZone(KeptDeviceZone device) {
        put(device.userId(), new StoredItem<>(ItemKind.DEVICE_ZONE, device, Optional.of(device.expiresAt())));
    }

    @Override
    public Optional<KeptDeviceZone> deviceZone(String userId, String deviceId, Instant now) {
        return live(userId, ItemKind.DEVICE_ZONE, deviceId, now);
    }

    @Override
    public boolean markProcessed(String userId, String id, Instant expiresAt) {
        return change(userId, (user, now) -> {
            if (liveItem(user, ItemKind.PROCESSED, id, now).isPresent()) {
                return false;
            }
            user.write(new StoredItem<>(ItemKind.PROCESSED, id, Optional.of(expiresAt)));
            return true;
        });
    }

    @Override
    public void putOutcome(MessageOutcome outcome, Instant expiresAt) {
        put(outcome.userId(), new StoredItem<>(ItemKind.OUTCOME, outcome, Optional.of(expiresAt)));
    }

    @Override
    public Optional<MessageOutcome> outcome(String userId, String reference) {
        return live(userId, ItemKind.OUTCOME, reference, clock.instant());
    }

    /** Removes the user's files without reading them, so that even corrupt files can be forgotten on request. */
    @Override
    public void deleteUser(String userId) {
        locked(userId, user -> {
            user.deleteAll();
            return null;
        });
    }

    /** The item's value while it counts at {@code now}; one expired by the store's clock is deleted on the way. */
    private <T> Optional<T> live(String userId, ItemKind<T> kind, String id, Instant now) {
        Optional<StoredItem<T>> item = readable(userId).flatMap(user -> user.read(kind, id));
        if (item.isPresent() && !item.get().alive(clock.instant())) {
            deleteExpired(userId, List.of(item.get()));
        }
        return item.filter(found -> found.alive(now)).map(StoredItem::value);
    }

    /** The values of the user's items of the kind that count at {@code now}; those expired by the store's clock are deleted. */
    private <T> List<T> allLive(String userId, ItemKind<T> kind, Instant now) {
        List<StoredItem<T>> items =
                readable(userId).map(user -> user.list(kind)).orElse(List.of());
        Instant storeNow = clock.instant();
        List<StoredItem<T>> expired =
                items.stream().filter(item -> !item.alive(storeNow)).toList();
        if (!expired.isEmpty()) {
            deleteExpired(userId, expired);
        }
        return items.stream()
                .filter(item -> item.alive(now))
                .map(StoredItem::value)
                .toList();
    }

    /** Deletes the items a read found expired, unless a writer has replaced them since. */
    private void deleteExpired(String userId, List<? extends StoredItem<?>> expired) {
        locked(userId, user -> {
            Instant now = clock.instant();
            expired.forEach(item -> liveItem(user, item.kind(), item.id(), now));
            return null;
        });
    }

    /** Under the lock: the stored item if it counts at {@code now}; an expired one is deleted. */
    private static <T> Optional<StoredItem<T>> liveItem(UserStorage user, ItemKind<T> kind, String id, Instant now) {
        Optional<StoredItem<T>> item = user.read(kind, id);
        if (item.isPresent() && !item.get().alive(now)) {
            user.delete(item.get());
            return Optional.empty();
        }
        return item;
    }

    private void put(String userId, StoredItem<?> item) {
        change(userId, (user, now) -> {
            user.write(item);
            return null;
        });
    }

    private static StoredItem<KeptReminder> reminderItem(KeptReminder reminder, Instant now) {
        return new StoredItem<>(ItemKind.REMINDER, reminder, StoreJson.reminderExpiry(reminder, now));
    }

    /**
     * The user's files for reading, moved to the current layout first if still in version 1;
     * empty when the user has no data. Reads take no lock, since writes replace files in one step.
     */
    private Optional<UserStorage> readable(String userId) {
        UserStorage user = new UserStorage(root, userId);
        Optional<UserFile> file = user.userFile();
        if (file.isPresent() && file.get() instanceof UserFile.Legacy) {
            return locked(userId, locked -> {
                Optional<UserFile> again = locked.userFile();
                if (again.isPresent() && again.get() instanceof UserFile.Legacy legacy) {
                    migrate(locked, legacy, clock.instant());
                }
                return again.map(present -> locked);
            });
        }
        return file.map(present -> user);
    }

    /** Brings the user's files to the current layout under both locks, then applies {@code change}. */
    private <R> R change(String userId, Change<R> change) {
        return locked(userId, user -> {
            Instant now = clock.instant();
            Optional<UserFile> file = user.userFile();
            if (file.isEmpty()) {
                // Item files of a deletion cut short must not come back with the user's next write.
                user.deleteItems();
                user.writeUserFile(UserFile.header(userId, now));
            } else if (file.get() instanceof UserFile.Legacy legacy) {
                migrate(user, legacy, now);
            } else if (file.get() instanceof UserFile.Current current
                    && !now.isBefore(current.sweptAt().plus(SWEEP_EVERY))) {
                sweep(user, now);
            }
            return change.apply(user, now);
        });
    }

    /**
     * Writes each unexpired item of a version 1 file as a file of its own, then replaces the old
     * file with the header in one step. Cut short, it leaves the old file, and the next call starts over.
     */
    private static void migrate(UserStorage user, UserFile.Legacy legacy, Instant now) {
        user.deleteItems();
        legacy.items().stream().filter(item -> item.alive(now)).forEach(user::write);
        user.writeUserFile(UserFile.header(user.userId(), now));
    }

    /**
     * Deletes every expired item of the user and notes when, reading each of the user's files. A
     * file it cannot read is left for the calls that read it to report; the write goes on.
     */
    private static void sweep(UserStorage user, Instant now) {
        for (ItemKind<?> kind : ItemKind.ALL) {
            user.deleteExpired(
                    kind, now, unreadable -> LOG.warn("sweeping expired items: {}", unreadable.getMessage()));
        }
        user.writeUserFile(UserFile.header(user.userId(), now));
    }

    /**
     * Runs {@code action} on the user's files while holding this JVM's lock and then the lock file's.
     * Users share one of 16 lock files by the first digit of their name: few files, little waiting.
     */
    private <R> R locked(String userId, Function<UserStorage, R> action) {
        UserStorage user = new UserStorage(root, userId);
        Path lockFile = locksFolder.resolve(user.name().substring(0, 1) + ".lock");
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, path -> new ReentrantLock());
        jvmLock.lock();
        try (FileChannel lockChannel =
                FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            lockChannel.lock(); // released when the channel closes
            return action.apply(user);
        } catch (IOException e) {
            throw new StoreException("could not lock locks/" + lockFile.getFileName(), e);
        } finally {
            jvmLock.unlock();
        }
    }

    /** One change to a user's data, made under the locks; {@code now} is when it is written. */
    @FunctionalInterface
    private interface Change<R> {
        R apply(UserStorage user, Instant now);
    }
}
