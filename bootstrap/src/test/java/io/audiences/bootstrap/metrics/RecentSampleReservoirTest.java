package io.audiences.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.codahale.metrics.Clock;
import com.codahale.metrics.LockFreeExponentiallyDecayingReservoir;
import com.codahale.metrics.Reservoir;
import com.codahale.metrics.Snapshot;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A timer's last minute or two, sampled uniformly, each minute weighted by what it saw, without allocating a value. */
class RecentSampleReservoirTest {

    private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    private static final class ManualClock extends Clock {
        long nanos = 1_000_000_000L;

        @Override
        public long getTick() {
            return nanos;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final RecentSampleReservoir reservoir = new RecentSampleReservoir(clock);

    @Test
    void keepsEveryValueWhileFewerThanItsSizeArrive() {
        LongStream.rangeClosed(1, 500).forEach(reservoir::update);

        assertThat(reservoir.size()).isEqualTo(500);
        assertThat(reservoir.getSnapshot().getValues()).containsExactly(LongStream.rangeClosed(1, 500).toArray());
    }

    @Test
    void samplesAMinuteOfManyValuesUniformly() {
        LongStream.range(0, 200_000).forEach(reservoir::update);

        Snapshot snapshot = reservoir.getSnapshot();
        assertThat(snapshot.size()).isEqualTo(RecentSampleReservoir.SIZE);
        // 1,028 values of a uniform 0–200,000: the median's standard error is about 3,100.
        assertThat(snapshot.getMedian()).isCloseTo(100_000, within(20_000.0));
        assertThat(snapshot.get99thPercentile()).isGreaterThan(190_000);
    }

    @Test
    void weighsEachMinuteByWhatItSaw() {
        LongStream.range(0, 100_000).forEach(i -> reservoir.update(1_000));
        clock.nanos += MINUTE;
        LongStream.range(0, RecentSampleReservoir.SIZE).forEach(i -> reservoir.update(2_000));

        Snapshot snapshot = reservoir.getSnapshot();
        // As many values kept of each minute, but the first stands for a hundred times more.
        assertThat(snapshot.size()).isEqualTo(2 * RecentSampleReservoir.SIZE);
        assertThat(snapshot.get75thPercentile()).isEqualTo(1_000);
        assertThat(snapshot.get999thPercentile()).isEqualTo(2_000);
    }

    @Test
    void forgetsWhatIsTwoMinutesOld() {
        reservoir.update(5);
        clock.nanos += MINUTE + 1;
        reservoir.update(7);

        assertThat(reservoir.getSnapshot().getValues()).containsExactlyInAnyOrder(5, 7);

        clock.nanos += MINUTE;
        assertThat(reservoir.getSnapshot().getValues()).containsExactly(7);

        clock.nanos += MINUTE;
        assertThat(reservoir.size()).isZero();
        assertThat(reservoir.getSnapshot().getValues()).isEmpty();

        reservoir.update(9);
        assertThat(reservoir.getSnapshot().getValues()).containsExactly(9);
    }

    @Test
    void recordsAValueWithoutAllocating() {
        Reservoir ours = new RecentSampleReservoir();
        Reservoir dropwizards = LockFreeExponentiallyDecayingReservoir.builder().build();
        update(new RecentSampleReservoir(), 10_000); // warmed

        long oursAllocated = allocatedBy(() -> update(ours, 1_000_000));
        long dropwizardsAllocated = allocatedBy(() -> update(dropwizards, 1_000_000));

        // Dropwizard's decaying reservoir inserts about 1,028 × (1 + ln(n / 1,028)) of n values, each
        // as a sample, its boxed priority and a node of a skip list: about 1 MB here.
        assertThat(dropwizardsAllocated).isGreaterThan(200_000);
        assertThat(oursAllocated).isLessThan(50_000);
    }

    @Test
    void threadsRecordingWhileOneReadsLoseNothingItKeeps() throws Exception {
        Thread[] recorders = new Thread[4];
        for (int t = 0; t < recorders.length; t++) {
            recorders[t] = new Thread(() -> update(reservoir, 200_000));
            recorders[t].start();
        }
        while (Arrays.stream(recorders).anyMatch(Thread::isAlive)) {
            Snapshot snapshot = reservoir.getSnapshot();
            assertThat(Arrays.stream(snapshot.getValues())).allMatch(value -> value >= 0 && value < 200_000);
            assertThat(snapshot.size()).isLessThanOrEqualTo(RecentSampleReservoir.SIZE);
        }
        for (Thread recorder : recorders) {
            recorder.join();
        }

        assertThat(reservoir.size()).isEqualTo(RecentSampleReservoir.SIZE);
        assertThat(Arrays.stream(reservoir.getSnapshot().getValues()).filter(value -> value >= 0)).hasSize(RecentSampleReservoir.SIZE);
    }

    private static void update(Reservoir reservoir, int values) {
        for (int i = 0; i < values; i++) {
            reservoir.update(i);
        }
    }

    private static long allocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        work.run();
        return threads.getThreadAllocatedBytes(id) - before;
    }
}
