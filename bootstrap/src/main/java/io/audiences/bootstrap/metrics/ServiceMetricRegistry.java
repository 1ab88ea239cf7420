package io.audiences.bootstrap.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's metric registry: Dropwizard's, except that the resource methods' and the SQL
 * statements' timers keep their sum ({@link SummingTimer}), so that {@code /prometheus} gives their
 * summaries a {@code _sum}; and that the timers it makes keep their last minute or two
 * ({@link RecentSampleReservoir}), which a request updates several times without allocating.
 * Set it on the bootstrap before anything registers a metric.
 */
public final class ServiceMetricRegistry extends MetricRegistry {

    /** Whether a name is summed, by name: asked for each statement run, and the answer never changes. */
    private final Map<String, Boolean> summed = new ConcurrentHashMap<>();

    @Override
    public Timer timer(String name) {
        return super.timer(name, summed(name) ? SummingTimer::new : () -> new Timer(SummingTimer.reservoir()));
    }

    @Override
    public Timer timer(String name, MetricSupplier<Timer> supplier) {
        return super.timer(name, summed(name) ? SummingTimer::new : supplier);
    }

    private boolean summed(String name) {
        return summed.computeIfAbsent(name, n -> ResourceTimers.covers(n) || SqlTimers.covers(n));
    }
}
