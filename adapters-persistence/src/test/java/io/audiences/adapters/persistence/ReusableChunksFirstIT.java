package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An H2 file under a steady stream of commits: an old chunk that a commit has just emptied waits
 * behind the chunks written a moment ago in H2's queue of dead chunks, and {@link ReusableChunksFirst}
 * frees it at once. (A retention time of 5 s here; the service keeps H2's 45 s.)
 */
class ReusableChunksFirstIT {

    private static final int RETENTION_MILLIS = 5_000;

    @TempDir
    Path directory;

    @Test
    void thisH2HasTheMembersItNeeds() {
        assertThat(ReusableChunksFirst.available()).as("H2's FileStore.deadChunks and getTimeSinceCreation()").isTrue();
    }

    @Test
    void anOldChunkJustEmptiedIsFreedThoughYoungerDeadChunksAreQueuedBeforeIt() throws InterruptedException {
        MVStore store = new MVStore.Builder().fileName(directory.resolve("chunks.mv").toString()).autoCommitDisabled().open();
        try {
            store.setRetentionTime(RETENTION_MILLIS);
            FileStore<?> file = store.getFileStore();
            MVMap<String, String> kept = store.openMap("kept");
            MVMap<Integer, String> stream = store.openMap("stream");
            stream.put(-1, "the maps exist: the old chunk holds no map's metadata");
            store.commit();
            kept.put("a", "written once, long ago");
            long written = store.commit();
            Thread.sleep(RETENTION_MILLIS + 200);

            long streamEnds = System.nanoTime() + 1_500_000_000L;
            int commits = 0;
            while (System.nanoTime() < streamEnds) {
                stream.put(commits++, "a commit whose chunk dies at the next one");
                store.commit();
                if (commits == 10) {
                    kept.put("a", "rewritten: the old chunk is dead now");
                    store.commit();
                }
                Thread.sleep(10);
            }

            String old = chunkWrittenAt(file, written);
            assertThat(chunkKeys(file)).as("H2 alone: the old chunk waits behind younger dead ones").contains(old);
            store.executeFilestoreOperation(() -> {
                ReusableChunksFirst.reorder(file, 500);
                file.dropUnusedChunks();
            });
            assertThat(chunkKeys(file)).as("reused first: %s", file.getLayoutMap().get(old)).doesNotContain(old);
        } finally {
            store.close();
        }
    }

    /** The key in H2's layout of the chunk that holds the commit of {@code version}. */
    private static String chunkWrittenAt(FileStore<?> file, long version) {
        return file.getLayoutMap().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("chunk.") && entry.getValue().contains(",version:" + Long.toHexString(version) + ","))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private static Set<String> chunkKeys(FileStore<?> file) {
        return file.getLayoutMap().keySet().stream().filter(key -> key.startsWith("chunk.")).collect(Collectors.toSet());
    }
}
