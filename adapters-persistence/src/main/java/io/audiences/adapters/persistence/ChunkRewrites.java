package io.audiences.adapters.persistence;

/**
 * When {@link H2FileHousekeeping} rewrites sparse chunks: while they are less full than its target,
 * and while rewriting makes them fuller. Rewriting can reach a point where it no longer does: pages
 * H2 pins to their chunk, and the B-tree parents each moved page drags along, emptying pages in
 * other chunks. Each rewrite would then write the same 2 MiB again, run after run, to a database
 * nothing else writes to (a sixth of a core, docs/performance.md). So when rewrites in a row, with
 * nothing but the housekeeping writing after them, leave the chunks no fuller than the best they
 * reached, none until writes have moved their fill rate more than {@link #MARGIN} points either
 * way, or doubled them.
 * <p>
 * The fill rate H2 reports is a whole percent: on a large file one rewrite may not move it, so the
 * rewrites allowed in a row without a gain grow with the file ({@link #patience}).
 */
final class ChunkRewrites {

    /** Points by which others' writes must move the chunks' fill rate, either way, to end a stall. */
    private static final int MARGIN = 5;

    private final long rewriteBytes;
    /** Whether a rewrite began since the last {@link #due}. */
    private boolean judging;
    /** Whether anything but the housekeeping wrote since the last {@link #due}. */
    private boolean othersWrote;
    /** The fullest the chunks were after a rewrite (or before the first), or -1. */
    private int best = -1;
    /** Rewrites in a row judged to leave the chunks no fuller than {@link #best}. */
    private int fruitless;
    /** The fill rate at which rewriting stalled, or -1. */
    private int stalledAt = -1;
    /** The chunks' size when rewriting stalled. */
    private long chunkBytesAtStall;

    /** @param rewriteBytes the live bytes one rewrite moves */
    ChunkRewrites(long rewriteBytes) {
        this.rewriteBytes = rewriteBytes;
    }

    /** Each run of the housekeeping, first: whether anything else wrote since the last run. */
    void run(boolean written) {
        othersWrote |= written;
    }

    /**
     * Whether to rewrite now, the chunks {@code fill} % full against a {@code target}, of
     * {@code chunkBytes} in all. Call it once the chunks the last rewrite emptied are freed: it
     * judges that rewrite first.
     */
    boolean due(int fill, int target, long chunkBytes) {
        if (othersWrote) {
            // Their writes emptied pages too: a rewrite meanwhile has no effect of its own to judge.
            // Two points down or more (one may be rounding), the rewrites before them no longer count.
            if (fill < best - 1) {
                startOver(fill);
            }
        } else if (judging) {
            judge(fill, chunkBytes);
        }
        othersWrote = false;
        judging = false;
        if (stalledAt >= 0 && (Math.abs(fill - stalledAt) > MARGIN || chunkBytes > 2 * chunkBytesAtStall)) {
            stalledAt = -1;
            startOver(fill);
        }
        if (fill >= target) {
            best = -1;
            fruitless = 0;
            return false;
        }
        return stalledAt < 0;
    }

    /** A rewrite began with the chunks {@code fill} % full (the bar, if none was set since the target was met). */
    void rewrote(int fill) {
        if (best < 0) {
            best = fill;
        }
        judging = true;
    }

    private void judge(int fill, long chunkBytes) {
        if (fill > best) {
            startOver(fill);
        } else if (++fruitless >= patience(fill, chunkBytes)) {
            stalledAt = fill;
            chunkBytesAtStall = chunkBytes;
        }
    }

    private void startOver(int fill) {
        best = fill;
        fruitless = 0;
    }

    /**
     * Twice the rewrites that raise the fill rate by a point when each moves pages out of chunks as
     * full as the average (H2 picks the emptiest, which gain more), and at least two.
     */
    int patience(int fill, long chunkBytes) {
        long perPoint = -Math.floorDiv(-chunkBytes, rewriteBytes * Math.max(1, 100 - fill));
        return (int) Math.max(2, 2 * perPoint);
    }
}
