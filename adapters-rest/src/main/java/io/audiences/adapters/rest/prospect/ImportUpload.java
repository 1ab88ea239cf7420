package io.audiences.adapters.rest.prospect;

import io.audiences.adapters.rest.error.ApiException;
import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.adapters.rest.route.JsonBodies;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An import's file as it arrived, spooled to a temporary file (so that neither memory nor a
 * database transaction waits on a slow client): at most {@value #MAX_BYTES} bytes as decoded,
 * refused with 413 as soon as it is more, never read further; its SHA-256 is what a retry with the
 * same {@code Idempotency-Key} must match. Deleted when closed.
 */
final class ImportUpload implements AutoCloseable {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Path file;
    private final String sha256;

    private ImportUpload(Path file, String sha256) {
        this.file = file;
        this.sha256 = sha256;
    }

    private static final String PREFIX = "audiences-import-";
    private static final String SUFFIX = ".upload";

    /**
     * Deletes what uploads left in the temporary directory when their process was killed (older than
     * an hour: an upload being received now is younger).
     */
    static void deleteLeftovers() {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"));
        java.time.Instant hourAgo = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (java.util.stream.Stream<Path> files = Files.list(directory)) {
            files.filter(file -> file.getFileName().toString().startsWith(PREFIX) && file.getFileName().toString().endsWith(SUFFIX))
                    .filter(file -> {
                        try {
                            return Files.getLastModifiedTime(file).toInstant().isBefore(hourAgo);
                        } catch (IOException gone) {
                            return false;
                        }
                    })
                    .forEach(ImportUpload::delete);
        } catch (IOException | RuntimeException unreadable) {
            // Nothing to clean where nothing can be read.
        }
    }

    static ImportUpload spool(InputStream body) {
        Path file;
        try {
            file = Files.createTempFile(PREFIX, SUFFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a temporary file for an import", e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = readSome(body, buffer)) >= 0) {
                total += read;
                if (total > MAX_BYTES) {
                    throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "an import's file may be at most " + MAX_BYTES + " bytes");
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            return new ImportUpload(file, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            delete(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("could not spool an import", e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static int readSome(InputStream body, byte[] buffer) {
        try {
            return body.read(buffer);
        } catch (IOException | RuntimeException e) {
            throw JsonBodies.unreadable(e);
        }
    }

    String sha256() {
        return sha256;
    }

    /** The file as text: UTF-8, a malformed byte read as U+FFFD (which makes its row invalid). */
    Reader reader() {
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a spooled import", e);
        }
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            file.toFile().deleteOnExit();
        }
    }
}
