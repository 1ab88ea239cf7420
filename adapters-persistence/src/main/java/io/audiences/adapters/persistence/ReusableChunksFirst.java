package io.audiences.adapters.persistence;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.h2.mvstore.Chunk;
import org.h2.mvstore.FileStore;

/**
 * Puts the dead chunks whose space H2 may reuse at the head of H2's queue of dead chunks, so that
 * {@link FileStore#dropUnusedChunks()} frees them now.
 * <p>
 * H2 frees dead chunks in the order they died and stops at the first one it may not reuse yet (one
 * written less than the retention time ago). Under a steady stream of commits that one is nearly
 * always a chunk written a moment ago and dead at once, so the old chunks a rewrite has just emptied
 * wait behind it for up to the retention time: at 100 commits a second, 89 MB of a 224 MB file.
 * H2's rule is kept (written at least the retention time ago; H2 still checks that no version it
 * keeps uses the chunk), and one is added: dead for at least {@link #DEAD_FOR_MILLIS} (twenty of the
 * housekeeping's flushes), so that the commit that recorded the death is on disk before the space
 * is reused.
 * <p>
 * It reaches into two private members of H2's {@code FileStore}; on an H2 that does not have them
 * it does nothing ({@link #available()}, which a test checks, so that an upgrade says so).
 */
final class ReusableChunksFirst {

    static final long DEAD_FOR_MILLIS = 5_000;

    private static final Optional<Members> MEMBERS = Members.find();

    private ReusableChunksFirst() {
    }

    /** Whether this H2 has the members it needs. */
    static boolean available() {
        return MEMBERS.isPresent();
    }

    /** To be called under H2's serialisation lock ({@code MVStore.executeFilestoreOperation}), where H2 changes the queue. */
    static void reorder(FileStore<?> file) {
        reorder(file, DEAD_FOR_MILLIS);
    }

    static void reorder(FileStore<?> file, long deadForMillis) {
        MEMBERS.ifPresent(members -> members.reorder(file, deadForMillis));
    }

    private record Members(Field deadChunks, Method timeSinceCreation) {

        static Optional<Members> find() {
            try {
                Field deadChunks = FileStore.class.getDeclaredField("deadChunks");
                Method timeSinceCreation = FileStore.class.getDeclaredMethod("getTimeSinceCreation");
                deadChunks.setAccessible(true);
                timeSinceCreation.setAccessible(true);
                return Optional.of(new Members(deadChunks, timeSinceCreation));
            } catch (ReflectiveOperationException | RuntimeException notThisH2) {
                return Optional.empty();
            }
        }

        void reorder(FileStore<?> file, long deadForMillis) {
            try {
                @SuppressWarnings("unchecked")
                Deque<Chunk<?>> queue = (Deque<Chunk<?>>) deadChunks.get(file);
                if (queue.size() < 2) {
                    return;
                }
                long now = (long) timeSinceCreation.invoke(file);
                long retention = file.getRetentionTime();
                List<Chunk<?>> reusable = new ArrayList<>();
                List<Chunk<?>> notYet = new ArrayList<>();
                for (Chunk<?> chunk : queue) {
                    boolean mayBeReused = chunk.time + retention <= now && chunk.unused != 0 && chunk.unused + deadForMillis <= now;
                    (mayBeReused ? reusable : notYet).add(chunk);
                }
                if (reusable.isEmpty() || notYet.isEmpty()) {
                    return;
                }
                queue.clear();
                queue.addAll(reusable);
                queue.addAll(notYet);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("H2's queue of dead chunks could not be read", e);
            }
        }
    }
}
