package io.audiences.adapters.persistence;

import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.h2.mvstore.db.Store;
import org.jdbi.v3.core.Jdbi;

/**
 * The housekeeping H2 does in a background thread of its own, which {@code WRITE_DELAY=0} (a
 * durable commit) switches off. H2 writes each commit as a new chunk of pages and never overwrites
 * a page in place; a chunk's space is reused only once none of its pages is current. Without this,
 * a few current pages keep every chunk alive and the file grows by the size of each commit (about
 * 26 KB per created audience) until the database is closed. See ADR 0011.
 * <p>
 * Each run, on the process that has the file open:
 * <ol>
 * <li>flushes the file to disk, so that what was written before a run is durable;</li>
 * <li>frees the chunks no version on disk needs: H2 keeps the version that was current during the
 * flush ({@link #durable}) and may reuse any chunk emptied before it, with a retention time of 0
 * (H2 waits 45 s by default instead, not knowing what is on disk);</li>
 * <li>rewrites the current pages of mostly unused chunks into new ones, one step of
 * {@link #REWRITE_BYTES} (it holds H2's store lock, so a writer waits for that step at most), while
 * the chunks are less than {@link #BUSY} full; then not again before the chunks it emptied are
 * freed. One step, not several: until then H2 still counts the pages a step moved as live in their
 * old chunks, and the next step would pick the same chunks and write the same pages again (steps
 * repeated for 100 ms wrote about 10 MB over 1.6 MB of data and left the file sawing by that much);</li>
 * <li>moves chunks towards the start of the file and truncates it, when less of it is in use.</li>
 * </ol>
 * While nothing is written between two runs it aims higher ({@link #IDLE}); and it stops rewriting
 * once that no longer makes the chunks fuller ({@link ChunkRewrites}). H2's background housekeeping
 * uses the same calls.
 */
final class H2FileHousekeeping {

    /** How often {@link #run()} should be called: the file is flushed that often. */
    static final int PERIOD_MILLIS = 250;
    private static final int REWRITE_BYTES = 2 << 20;
    private static final long MOVE_BYTES = 8 << 20;
    /**
     * Between two rewrites: long enough for the chunks a rewrite emptied to be freed first (two runs:
     * the version that emptied them must be on disk), else the next one would count them as unused
     * space still to win back, and rewrite again for nothing.
     */
    private static final long REWRITE_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(2 * PERIOD_MILLIS);

    /** How full the chunks, and the file, are kept: in percent of their size. */
    private record Targets(int chunksFill, int fileFill) {
    }

    private static final Targets BUSY = new Targets(80, 80);
    private static final Targets IDLE = new Targets(95, 90);

    /** A lock per store: weakly held, so that a closed store's goes with it. */
    private static final Map<MVStore, Object> RUNNING = Collections.synchronizedMap(new WeakHashMap<>());

    private final Jdbi jdbi;
    /** The store's version when the last run ended: unchanged at the next run means nothing was written. */
    private long versionAfterLastRun = -1;
    private long lastRewriteEnded = System.nanoTime() - REWRITE_PAUSE_NANOS;
    private final ChunkRewrites rewrites = new ChunkRewrites(REWRITE_BYTES);

    /**
     * The version H2 must keep for now: every version before it was on disk when the last run ended.
     * H2 reuses no chunk that this version or a later one emptied, so a power cut never finds a
     * chunk overwritten while the last version on disk still needs it. That is what H2's retention
     * time guards against by waiting (45 s by default); this knows, so the retention is 0.
     */
    private MVStore.TxCounter durable;
    private MVStore durableIn;

    H2FileHousekeeping(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    synchronized void run() {
        store().ifPresent(store -> {
            // Several databases of this process may share one store (two AudiencesDatabase on one
            // embedded URL, as two service instances in one JVM have): one housekeeping at a time.
            synchronized (RUNNING.computeIfAbsent(store, ignored -> new Object())) {
                keepCompact(store);
            }
        });
    }

    private void keepCompact(MVStore store) {
        FileStore<?> file = store.getFileStore();
        if (file == null || file.isReadOnly() || store.isClosed()) {
            return;
        }
        boolean idle = store.getCurrentVersion() == versionAfterLastRun;
        Targets targets = idle ? IDLE : BUSY;
        rewrites.run(!idle);
        flushAndFreeUnusedChunks(store, file);
        if (System.nanoTime() - lastRewriteEnded > REWRITE_PAUSE_NANOS) {
            int fill = file.getChunksFillRate();
            if (rewrites.due(fill, targets.chunksFill(), chunkBytes(file))) {
                if (store.compact(targets.chunksFill(), REWRITE_BYTES)) {
                    store.commit();
                    rewrites.rewrote(fill);
                }
                lastRewriteEnded = System.nanoTime();
            }
        }
        if (file instanceof RandomAccessStore randomAccess && randomAccess.getFillRate() < targets.fileFill()) {
            randomAccess.compactMoveChunks(targets.fileFill(), MOVE_BYTES, store);
        }
        versionAfterLastRun = store.getCurrentVersion();
    }

    /** The bytes of the file its chunks take up. */
    private static long chunkBytes(FileStore<?> file) {
        return file instanceof RandomAccessStore randomAccess ? file.size() / 100 * randomAccess.getFillRate() : file.size();
    }

    /**
     * Flushes the file, then keeps the version that was current during the flush in place of the one
     * kept before, and frees the chunks no version from there on uses. H2 frees them otherwise only
     * when it writes the next commit: not while idle.
     */
    private void flushAndFreeUnusedChunks(MVStore store, FileStore<?> file) {
        MVStore.TxCounter[] current = new MVStore.TxCounter[1];
        store.executeFilestoreOperation(() -> current[0] = store.registerVersionUsage());
        try {
            file.sync();
        } catch (RuntimeException e) {
            store.deregisterVersionUsage(current[0]);
            throw e;
        }
        if (durable != null) {
            durableIn.deregisterVersionUsage(durable);
        }
        durable = current[0];
        durableIn = store;
        if (file.getRetentionTime() != 0) {
            store.setRetentionTime(0);
        }
        store.executeFilestoreOperation(file::dropUnusedChunks);
    }

    /**
     * The store behind the pool's connections, when this process has the file open (with H2's
     * mixed mode, another process may, and this one reaches it through that process's server).
     */
    private Optional<MVStore> store() {
        return jdbi.withHandle(handle -> {
            try {
                return handle.getConnection().unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local
                        ? Optional.ofNullable(local.getDatabase().getStore()).map(Store::getMvStore)
                        : Optional.empty();
            } catch (SQLException notH2) {
                return Optional.empty();
            }
        });
    }
}
