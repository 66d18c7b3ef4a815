package dev.storageshares.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The signing secret of a server that was given none: generated once, kept in the data directory
 * (owner-readable only) so tokens stay valid across restarts and the `token` command can sign too.
 */
final class JwtSecretFile {
    static final String FILE_NAME = "jwt-secret";

    private JwtSecretFile() {
    }

    /** @return the secret and whether it was created just now */
    static Loaded loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, HexFormat.of().formatHex(random));
                    return new Loaded(Files.readAllBytes(file), true);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                }
            }
            byte[] secret = Files.readString(file).trim().getBytes(StandardCharsets.UTF_8);
            if (secret.length < Settings.MIN_SECRET_BYTES) {
                throw new SettingsException("Invalid " + file + ": the stored JWT secret is shorter than "
                        + Settings.MIN_SECRET_BYTES + " bytes; delete it to have a new one generated");
            }
            return new Loaded(secret, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    record Loaded(byte[] secret, boolean created) {
    }
}
