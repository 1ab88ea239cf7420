package io.audiences.adapters.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reopens an H2 file that was not closed cleanly ({@code kill -9}, a crash, a power cut) the slow,
 * thorough way, before the database is opened: H2's own quick recovery may go back further than the
 * last commit and lose commits already acknowledged.
 * <p>
 * H2 records the newest commit's place in the file's header only from time to time (a commit
 * written where the previous one said it would go needs no new header). When a commit lands
 * somewhere else, as it does once the space of old commits is reused, the header H2 writes names
 * the commit <em>before</em> it, and the following commits (up to 20) are reachable neither from the
 * header nor as the file's last block. Quick recovery trusts the header and drops them; reading the
 * whole file, as H2's recovery mode does, finds them: in {@code H2CrashRecoveryIT}, H2 alone loses
 * commits in 240 of 300 kill images of a file whose space is being reused, and none with this. It
 * costs one read of the file after a crash (12 s for 1 GB). See ADR 0011.
 */
public final class H2CrashRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(H2CrashRecovery.class);
    /** H2 writes its header, {@code key:value,…} then a newline, twice: in the file's first two 4 KiB blocks. */
    private static final int HEADER_BLOCK = 4096;
    private static final String CLEAN = "clean:1";

    private H2CrashRecovery() {
    }

    /**
     * Recovers {@code mvStoreFile} (the database's {@code .mv.db} file) if it exists and was not
     * closed cleanly. Does nothing when another process has it open (H2's mixed mode: that process
     * is the one that recovered it) and leaves anything it cannot read to H2's own open, which then
     * reports it.
     */
    public static void recoverIfUnclean(Path mvStoreFile) {
        if (!Files.isRegularFile(mvStoreFile) || !Files.isWritable(mvStoreFile) || closedCleanly(mvStoreFile)) {
            return;
        }
        long started = System.nanoTime();
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(mvStoreFile.toString()).recoveryMode().open();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                LOG.debug("{} is open in another process, which recovered it", mvStoreFile);
            } else {
                LOG.warn("{} was not closed cleanly and could not be read whole; H2 will try its own recovery", mvStoreFile, e);
            }
            return;
        }
        long version = store.getCurrentVersion();
        store.close();
        LOG.warn("{} was not closed cleanly (the process was killed or the machine stopped): read it whole to find its "
                + "last commit, version {}, in {} ms", mvStoreFile, version, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Whether both copies of the header carry H2's mark of a clean close (H2 removes it at the first write after opening). */
    static boolean closedCleanly(Path mvStoreFile) {
        byte[] headers = new byte[2 * HEADER_BLOCK];
        try (InputStream in = Files.newInputStream(mvStoreFile)) {
            if (in.readNBytes(headers, 0, headers.length) < headers.length) {
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the header of " + mvStoreFile, e);
        }
        return hasCleanMark(Arrays.copyOfRange(headers, 0, HEADER_BLOCK))
                && hasCleanMark(Arrays.copyOfRange(headers, HEADER_BLOCK, headers.length));
    }

    private static boolean hasCleanMark(byte[] block) {
        String header = new String(block, StandardCharsets.ISO_8859_1);
        int end = header.indexOf('\n');
        return end > 0 && Arrays.asList(header.substring(0, end).split(",")).contains(CLEAN);
    }
}
