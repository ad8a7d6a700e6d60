package com.example.reminderskill.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The files of one user in the file store's folder: the user file {@code users/<name>.json} and
 * one file per item, {@code items/<name>/<kind>/<sha256(id)>.json}, where {@code <name>} is the
 * SHA-256 of the user id, so any id makes a safe file name. Writes go to a temporary file, forced
 * to disk, then moved over the file in one step: a reader sees the old content or the new, never
 * half of it. Only the holder of the user's lock writes. Errors name the file.
 */
final class UserStorage {

    private static final String SUFFIX = ".json";

    private final Path root;
    private final String userId;
    private final String name;
    private final Path userFile;
    private final Path itemsFolder;

    UserStorage(Path root, String userId) {
        this.root = root;
        this.userId = Objects.requireNonNull(userId, "userId");
        this.name = sha256(userId);
        this.userFile = root.resolve("users").resolve(name + SUFFIX);
        this.itemsFolder = root.resolve("items").resolve(name);
    }

    String userId() {
        return userId;
    }

    /** The SHA-256 of the user id in hex: the name of the user's file and folder. */
    String name() {
        return name;
    }

    /** The user file in whichever version it is; empty when the user has no data. */
    Optional<UserFile> userFile() {
        return read(userFile, "user file", json -> UserFile.fromJson(userId, json));
    }

    void writeUserFile(JsonNode content) {
        write(userFile, "user file", content);
    }

    <T> Optional<StoredItem<T>> read(ItemKind<T> kind, String id) {
        return readItem(kind, itemFile(kind, id));
    }

    /** Every item of the kind, reading each file; one removed while listing is left out. */
    <T> List<StoredItem<T>> list(ItemKind<T> kind) {
        List<StoredItem<T>> items = new ArrayList<>();
        forEachFile(kind, file -> readItem(kind, file).ifPresent(items::add));
        return items;
    }

    /** Deletes the kind's items expired at {@code now}; a file it cannot read is left as it is and reported to {@code unreadable}. */
    void deleteExpired(ItemKind<?> kind, Instant now, Consumer<StoreException> unreadable) {
        forEachFile(kind, file -> {
            try {
                readItem(kind, file).filter(item -> !item.alive(now)).ifPresent(this::delete);
            } catch (StoreException e) {
                unreadable.accept(e);
            }
        });
    }

    void write(StoredItem<?> item) {
        write(itemFile(item.kind(), item.id()), item.kind().noun() + " file", item.toJson());
    }

    void delete(StoredItem<?> item) {
        Path file = itemFile(item.kind(), item.id());
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException(
                    "could not delete " + describe(file, item.kind().noun() + " file"), e);
        }
    }

    /**
     * Removes the user file first, so that readers find no data from then on, then every item file,
     * without reading any of them: even corrupt files go.
     */
    void deleteAll() {
        try {
            Files.deleteIfExists(userFile);
        } catch (IOException e) {
            throw new StoreException("could not delete " + describe(userFile, "user file"), e);
        }
        deleteItems();
    }

    /** Removes the user's item folder and all in it, unread. */
    void deleteItems() {
        try {
            Files.walkFileTree(itemsFolder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.deleteIfExists(folder);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            // Nothing to remove.
        } catch (IOException e) {
            throw new StoreException("could not delete " + describe(itemsFolder, "item folder"), e);
        }
    }

    private void forEachFile(ItemKind<?> kind, Consumer<Path> action) {
        Path folder = itemsFolder.resolve(kind.folder());
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            files.forEach(action);
        } catch (NoSuchFileException e) {
            // The user has no item of this kind.
        } catch (IOException e) {
            throw new StoreException("could not list " + describe(folder, kind.noun() + " folder"), e);
        }
    }

    private <T> Optional<StoredItem<T>> readItem(ItemKind<T> kind, Path file) {
        return read(file, kind.noun() + " file", json -> {
            StoredItem<T> item = StoredItem.fromJson(kind, json);
            // The name is a hash of the id: the id inside is what proves the file is the item's.
            if (!itemFile(kind, item.id()).equals(file)) {
                throw new StoreException("it holds another " + kind.noun() + " than its name says");
            }
            return item;
        });
    }

    private Path itemFile(ItemKind<?> kind, String id) {
        return itemsFolder.resolve(kind.folder()).resolve(sha256(id) + SUFFIX);
    }

    /** The file parsed and read by {@code reader}; empty when there is no such file. */
    private <R> Optional<R> read(Path file, String noun, Function<JsonNode, R> reader) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("could not read " + describe(file, noun), e);
        }
        try {
            return Optional.of(reader.apply(StoreJson.parse(new String(content, StandardCharsets.UTF_8))));
        } catch (StoreException e) {
            throw new StoreException(
                    describe(file, noun) + " is corrupt (" + e.getMessage() + "); it was left as it is", e);
        }
    }

    private void write(Path file, String noun, JsonNode content) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        ByteBuffer bytes = ByteBuffer.wrap(StoreJson.text(content).getBytes(StandardCharsets.UTF_8));
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(
                    temporary,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("could not write " + describe(file, noun), e);
        }
    }

    /** Says which file, relative to the store's folder: enough to find it, and no user id in logs. */
    private String describe(Path file, String noun) {
        return "the " + noun + " " + root.relativize(file).toString().replace('\\', '/');
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
