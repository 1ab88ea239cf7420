package io.audiences.bootstrap.metrics;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import io.audiences.adapters.rest.metrics.ServiceMetrics;
import io.audiences.adapters.rest.metrics.ServiceMetrics.Family;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.util.Locale;
import java.util.Map;

/**
 * The service's own counters ({@link ServiceMetrics#FAMILIES}) as Prometheus counters, one family
 * each with its value as a label: {@code audiences.refusals.NOT_FOUND} is
 * {@code audiences_refusals_total{code="NOT_FOUND"}}. (The Dropwizard bridge would export each
 * counter as a family of its own, and refuses two counters mapped to one name.)
 */
final class ServiceCounters implements MultiCollector {

    private final MetricRegistry dropwizard;

    ServiceCounters(MetricRegistry dropwizard) {
        this.dropwizard = dropwizard;
    }

    /** Whether a Dropwizard metric is one of these, exported here rather than by the bridge. */
    static boolean covers(String dropwizardName) {
        return ServiceMetrics.FAMILIES.stream().anyMatch(family -> dropwizardName.equals(family.prefix())
                || dropwizardName.startsWith(family.prefix() + "."));
    }

    @Override
    public MetricSnapshots collect() {
        MetricSnapshots.Builder snapshots = MetricSnapshots.builder();
        for (Family family : ServiceMetrics.FAMILIES) {
            snapshots.metricSnapshot(snapshot(family));
        }
        return snapshots.build();
    }

    private CounterSnapshot snapshot(Family family) {
        CounterSnapshot.Builder counters = CounterSnapshot.builder()
                .name(prometheusName(family.prefix()))
                .help(family.help());
        if (family.label() == null) {
            return counters.dataPoint(point(Labels.EMPTY, dropwizard.counter(family.prefix()))).build();
        }
        String valuePrefix = family.prefix() + ".";
        for (Map.Entry<String, Counter> counter : dropwizard.getCounters((name, metric) -> name.startsWith(valuePrefix)).entrySet()) {
            String value = counter.getKey().substring(valuePrefix.length());
            counters.dataPoint(point(Labels.of(family.label(), value), counter.getValue()));
        }
        return counters.build();
    }

    private static CounterDataPointSnapshot point(Labels labels, Counter counter) {
        return CounterDataPointSnapshot.builder().labels(labels).value(counter.getCount()).build();
    }

    /** {@code audiences.rateLimited} → {@code audiences_rate_limited}. */
    static String prometheusName(String dropwizardName) {
        return dropwizardName.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toLowerCase(Locale.ROOT);
    }
}
