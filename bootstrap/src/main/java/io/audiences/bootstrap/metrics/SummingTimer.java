package io.audiences.bootstrap.metrics;

import com.codahale.metrics.Reservoir;
import com.codahale.metrics.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * A Dropwizard timer that also keeps the sum of what it timed: a Prometheus summary's {@code _sum},
 * which Dropwizard's timers do not keep. Every way of timing ends in {@link #update(long, TimeUnit)}
 * ({@code Timer.Context#stop} calls it), except {@code time(Callable)} and its kin, which the
 * resource timers do not use.
 */
final class SummingTimer extends Timer {

    private final LongAdder nanos = new LongAdder();

    SummingTimer() {
        super(reservoir());
    }

    /** The service's reservoir for every timer: a sample of the last minute or two. */
    static Reservoir reservoir() {
        return new RecentSampleReservoir();
    }

    @Override
    public void update(long duration, TimeUnit unit) {
        if (duration >= 0) {
            nanos.add(unit.toNanos(duration));
        }
        super.update(duration, unit);
    }

    long sumNanos() {
        return nanos.sum();
    }
}
