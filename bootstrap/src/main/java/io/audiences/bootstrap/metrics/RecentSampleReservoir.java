package io.audiences.bootstrap.metrics;

import com.codahale.metrics.Clock;
import com.codahale.metrics.Reservoir;
import com.codahale.metrics.Snapshot;
import com.codahale.metrics.WeightedSnapshot;
import com.codahale.metrics.WeightedSnapshot.WeightedSample;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A timer's values of the last one to two minutes: a uniform sample of up to {@value #SIZE} values
 * of each minute (reservoir sampling), this one and the one before, each value weighted by how many
 * of its minute it stands for. Recording a value allocates nothing: Dropwizard's decaying reservoir
 * keeps each sample in a skip list, four objects a value that live until pushed out, and a request
 * records nine or more (docs/performance.md, ninth pass). For timers only: a negative value, which
 * a timer never records, would be taken for an empty slot.
 */
final class RecentSampleReservoir implements Reservoir {

    static final int SIZE = 1028;
    private static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);
    /** A slot not written yet: a value taken a moment before it is stored is left out, not read as 0. */
    private static final long EMPTY = Long.MIN_VALUE;

    private final Clock clock;
    /** {@code null} until the first value: a timer never used costs no window. */
    private volatile Windows windows;

    /** The minute values go to now, and the one before (or {@code null}). */
    private record Windows(Window current, Window previous) {
    }

    private static final class Window {
        final long start;
        final AtomicLong seen = new AtomicLong();
        final AtomicLongArray values = new AtomicLongArray(SIZE);

        Window(long start) {
            this.start = start;
            for (int i = 0; i < SIZE; i++) {
                values.setPlain(i, EMPTY);
            }
        }

        /** Whether {@code now} falls in its minute: values go to it. */
        boolean currentAt(long now) {
            return now - start < WINDOW_NANOS;
        }

        /** Whether it began less than two minutes before {@code now}: its values are still recent. */
        boolean recentAt(long now) {
            return now - start < 2 * WINDOW_NANOS;
        }

        /** How many values it holds: all it saw, up to {@value #SIZE}. */
        int kept() {
            return kept(seen.get());
        }

        private static int kept(long count) {
            return (int) Math.min(count, SIZE);
        }

        void add(long value) {
            long n = seen.getAndIncrement();
            long slot = n < SIZE ? n : ThreadLocalRandom.current().nextLong(n + 1);
            if (slot < SIZE) {
                values.set((int) slot, value);
            }
        }

        /** Its values, each weighted by how many it saw for each it kept. */
        void addTo(List<WeightedSample> samples) {
            long count = seen.get();
            int kept = kept(count);
            double weight = (double) count / Math.max(kept, 1);
            for (int i = 0; i < kept; i++) {
                long value = values.get(i);
                if (value != EMPTY) {
                    samples.add(new WeightedSample(value, weight));
                }
            }
        }
    }

    RecentSampleReservoir() {
        this(Clock.defaultClock());
    }

    RecentSampleReservoir(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void update(long value) {
        current(clock.getTick()).add(value);
    }

    private Window current(long now) {
        Windows seen = windows;
        return seen != null && seen.current().currentAt(now) ? seen.current() : turn(seen, now);
    }

    /** A new minute: the current one becomes the one before if it just ended, and is forgotten if it ended earlier. */
    private synchronized Window turn(Windows seen, long now) {
        if (windows == seen) {
            Window ended = seen == null ? null : seen.current();
            windows = new Windows(new Window(now), ended != null && ended.recentAt(now) ? ended : null);
        }
        return windows.current();
    }

    @Override
    public int size() {
        return recent(clock.getTick()).stream().mapToInt(Window::kept).sum();
    }

    @Override
    public Snapshot getSnapshot() {
        List<WeightedSample> samples = new ArrayList<>();
        recent(clock.getTick()).forEach(window -> window.addTo(samples));
        return new WeightedSnapshot(samples);
    }

    /** The windows that began less than two minutes ago. */
    private List<Window> recent(long now) {
        Windows seen = windows;
        List<Window> recent = new ArrayList<>(2);
        if (seen == null) {
            return recent;
        }
        for (Window window : new Window[] {seen.current(), seen.previous()}) {
            if (window != null && window.recentAt(now)) {
                recent.add(window);
            }
        }
        return recent;
    }
}
