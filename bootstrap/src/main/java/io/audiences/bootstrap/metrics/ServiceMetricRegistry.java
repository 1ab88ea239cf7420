package io.audiences.bootstrap.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;

/**
 * The service's metric registry: Dropwizard's, except that the resource methods' and the SQL
 * statements' timers keep their sum ({@link SummingTimer}), so that {@code /prometheus} gives their summaries a {@code _sum}.
 * Set it on the bootstrap before anything registers a metric.
 */
public final class ServiceMetricRegistry extends MetricRegistry {

    @Override
    public Timer timer(String name) {
        return summed(name) ? super.timer(name, SummingTimer::new) : super.timer(name);
    }

    @Override
    public Timer timer(String name, MetricSupplier<Timer> supplier) {
        return super.timer(name, summed(name) ? SummingTimer::new : supplier);
    }

    private static boolean summed(String name) {
        return ResourceTimers.covers(name) || SqlTimers.covers(name);
    }
}
