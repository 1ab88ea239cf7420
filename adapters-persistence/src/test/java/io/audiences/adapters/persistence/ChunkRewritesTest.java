package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChunkRewritesTest {

    private static final long MIB = 1 << 20;
    /** Small enough that two rewrites in a row without a gain stall. */
    private static final long SMALL_FILE = 20 * MIB;

    private final ChunkRewrites rewrites = new ChunkRewrites(2 * MIB);

    @Test
    void rewritesWhileTheChunksAreUnderTheTarget() {
        assertThat(rewrites.due(66, 80, SMALL_FILE)).isTrue();
        assertThat(rewrites.due(80, 80, SMALL_FILE)).isFalse();
        assertThat(rewrites.due(90, 80, SMALL_FILE)).isFalse();
    }

    @Test
    void rewritesGoOnWhileEachMakesTheChunksFuller() {
        for (int fill = 40; fill < 80; fill += 1) {
            assertThat(rewrites.due(fill, 95, SMALL_FILE)).as("at %d %%", fill).isTrue();
            rewrites.rewrote(fill);
            rewrites.run(false);
        }
    }

    @Test
    void rewritesThatLeaveTheChunksNoFullerStopUntilWritesEmptyMoreOfThem() {
        rewriteAlone(66);
        rewriteAlone(68);
        assertThat(rewrites.due(67, 80, SMALL_FILE)).as("one rewrite without a gain").isTrue();
        rewrites.rewrote(67);
        rewrites.run(false);
        assertThat(rewrites.due(68, 80, SMALL_FILE)).as("two in a row, nothing else written: stalled").isFalse();

        rewrites.run(true);
        assertThat(rewrites.due(64, 80, SMALL_FILE)).as("a few writes, within the margin").isFalse();
        rewrites.run(true);
        assertThat(rewrites.due(62, 80, SMALL_FILE)).as("six points emptied since the stall").isTrue();
    }

    @Test
    void aRewriteFollowedByOtherWritesIsNotJudged() {
        rewriteAlone(60);
        for (int i = 0; i < 10; i++) {
            assertThat(rewrites.due(60, 80, SMALL_FILE)).isTrue();
            rewrites.rewrote(60);
            rewrites.run(true);
        }
        assertThat(rewrites.due(60, 80, SMALL_FILE)).as("writes came after each: none judged").isTrue();
    }

    @Test
    void afterAFloodOfWritesEveryGainCountsEvenBelowTheFillReachedBefore() {
        rewriteAlone(70);
        assertThat(rewrites.due(70, 80, SMALL_FILE)).isTrue();
        rewrites.run(true);
        assertThat(rewrites.due(3, 80, SMALL_FILE)).as("a flood emptied the chunks; no rewrite found work in it").isTrue();
        for (int fill = 4; fill <= 12; fill += 2) {
            rewrites.rewrote(fill - 1);
            rewrites.run(false);
            assertThat(rewrites.due(fill, 80, SMALL_FILE)).as("at %d %%", fill).isTrue();
        }
    }

    @Test
    void onALargeFileRewritesInARowWithoutAWholePointAreTolerated() {
        long large = 400 * MIB;
        assertThat(rewrites.patience(60, large)).as("400 MiB at 60 %: five 2 MiB rewrites a point, twice that").isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            rewriteAlone(60, large);
        }
        assertThat(rewrites.due(60, 80, large)).as("the tenth").isFalse();
        assertThat(rewrites.patience(60, SMALL_FILE)).isEqualTo(2);
        assertThat(rewrites.patience(99, large)).isEqualTo(400);
    }

    @Test
    void aStallEndsWhenWritesMakeTheChunksFullerToo() {
        stallAt(68, SMALL_FILE);
        rewrites.run(true);
        assertThat(rewrites.due(72, 95, SMALL_FILE)).as("within the margin").isFalse();
        rewrites.run(true);
        assertThat(rewrites.due(74, 95, SMALL_FILE)).as("six points fuller: another file than the one that stalled").isTrue();
    }

    @Test
    void aStallAtALowFillRateEndsWhenWritesDoubleTheChunks() {
        stallAt(3, SMALL_FILE);
        rewrites.run(true);
        assertThat(rewrites.due(2, 80, 2 * SMALL_FILE)).isFalse();
        rewrites.run(true);
        assertThat(rewrites.due(1, 80, 2 * SMALL_FILE + MIB)).as("more than doubled, and no room for five points less").isTrue();
    }

    @Test
    void writesThatEmptyTwoPointsOrMoreStartTheCountOver() {
        long large = 400 * MIB;
        for (int i = 0; i < 10; i++) {
            rewriteAlone(60, large);
        }
        rewrites.run(true);
        for (int i = 0; i < 10; i++) {
            rewriteAlone(57, large);
        }
    }

    @Test
    void aOnePointDipFromOthersWritesIsRoundingAndDoesNotKeepRewritesGoing() {
        rewriteAlone(68);
        assertThat(rewrites.due(68, 95, SMALL_FILE)).isTrue();
        rewrites.rewrote(68);
        rewrites.run(true);
        assertThat(rewrites.due(67, 95, SMALL_FILE)).as("a scheduler's write: not judged").isTrue();
        rewrites.rewrote(67);
        rewrites.run(false);
        assertThat(rewrites.due(68, 95, SMALL_FILE)).as("back where it stood: the second without a gain").isFalse();
    }

    private void stallAt(int fill, long chunkBytes) {
        rewriteAlone(fill, chunkBytes);
        rewriteAlone(fill, chunkBytes);
        assertThat(rewrites.due(fill, 80, chunkBytes)).as("stalled at %d %%", fill).isFalse();
    }

    private void rewriteAlone(int fill) {
        rewriteAlone(fill, SMALL_FILE);
    }

    /** A rewrite at {@code fill} %, due against a target of 80, with nothing else written until it is judged. */
    private void rewriteAlone(int fill, long chunkBytes) {
        assertThat(rewrites.due(fill, 80, chunkBytes)).as("due at %d %%", fill).isTrue();
        rewrites.rewrote(fill);
        rewrites.run(false);
    }
}
