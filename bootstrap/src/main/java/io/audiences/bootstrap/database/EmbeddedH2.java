package io.audiences.bootstrap.database;

import io.audiences.adapters.persistence.H2CrashRecovery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.h2.engine.SysProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file (the default database): durable, shared with the operator commands, and
 * reachable by nobody else. See ADR 0004.
 */
public final class EmbeddedH2 {

    /** H2's own system property for the address its TCP servers bind to (read once, when H2 loads). */
    static final String BIND_ADDRESS = "h2.bindAddress";

    /**
     * What an H2 file URL gets unless it says otherwise. {@code AUTO_SERVER}: H2's mixed mode, so
     * that the operator commands can use the file while the service runs. {@code WRITE_DELAY=0}: a
     * commit reaches the file before it returns (H2 otherwise writes up to 500 ms later, and a
     * {@code kill -9} loses audiences that were already answered 201). {@code PAGE_SIZE=4096}: each
     * such commit rewrites every page it changes, so smaller pages (16 KiB by default) write about a
     * third less per creation and leave less for the housekeeping to give back (ADR 0011).
     */
    private static final Map<String, String> SETTINGS = Map.of("AUTO_SERVER", "TRUE", "WRITE_DELAY", "0", "PAGE_SIZE", "4096");

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedH2.class);

    private EmbeddedH2() {
    }

    /**
     * Mixed mode's TCP port listens on loopback only, unless {@code -Dh2.bindAddress} says
     * otherwise. Must run before H2 is loaded.
     */
    public static void bindToLoopbackByDefault() {
        if (System.getProperty(BIND_ADDRESS) == null) {
            System.setProperty(BIND_ADDRESS, "127.0.0.1");
        }
    }

    /**
     * Prepares {@code url} for use: an H2 file gets {@link #SETTINGS}, a directory only its owner
     * can enter (the lock file in it holds the key to mixed mode's port), and, after a crash, every
     * commit it acknowledged ({@link H2CrashRecovery}). Other URLs are returned as they are.
     */
    static String prepare(String url) {
        if (!isFile(url)) {
            return url;
        }
        if (SysProperties.BIND_ADDRESS == null) {
            throw new IllegalStateException("H2 was loaded before the service could keep its port for the commands on "
                    + "loopback; start the JVM with -D" + BIND_ADDRESS + "=127.0.0.1");
        }
        Optional<Path> database = database(url);
        database.map(Path::getParent).ifPresent(EmbeddedH2::makePrivate);
        if (!url.toLowerCase(Locale.ROOT).contains(";cipher=")) {
            database.ifPresent(path -> H2CrashRecovery.recoverIfUnclean(Path.of(path + ".mv.db")));
        }
        return withSettings(url);
    }

    /** {@code url} with {@link #SETTINGS} added where it does not set them itself. */
    public static String withSettings(String url) {
        if (!isFile(url)) {
            return url;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        StringBuilder withSettings = new StringBuilder(url);
        SETTINGS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .filter(setting -> !lower.contains(";" + setting.getKey().toLowerCase(Locale.ROOT) + "="))
                .forEach(setting -> withSettings.append(';').append(setting.getKey()).append('=').append(setting.getValue()));
        return withSettings.toString();
    }

    /** The database's files' path without their extension, when the URL names a plain file path. */
    static Optional<Path> database(String url) {
        String path = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (path.regionMatches(true, 0, "file:", 0, "file:".length())) {
            path = path.substring("file:".length());
        }
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        if (path.contains(":") && !Path.of(path).isAbsolute()) {
            return Optional.empty(); // another of H2's file systems (nio:, split:, …)
        }
        return Optional.of(Path.of(path).toAbsolutePath().normalize());
    }

    private static void makePrivate(Path directory) {
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                return;
            }
            if (!Files.getPosixFilePermissions(directory).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(directory, OWNER_ONLY);
                LOG.warn("{} was open to other users; it holds the embedded database and the key to its port, so now "
                        + "only its owner may enter it", directory);
            }
        } catch (UnsupportedOperationException notPosix) {
            LOG.debug("{} has no POSIX permissions to tighten", directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not make " + directory + " private to its owner", e);
        }
    }

    private static boolean isFile(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.startsWith("jdbc:h2:tcp:")
                && !lower.startsWith("jdbc:h2:ssl:");
    }
}
