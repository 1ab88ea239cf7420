package io.audiences.bootstrap.metrics;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Snapshot;
import com.codahale.metrics.Timer;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Quantile;
import io.prometheus.metrics.model.snapshots.Quantiles;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import io.prometheus.metrics.model.snapshots.SummarySnapshot.SummaryDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timers Dropwizard keeps for each {@code @Timed} resource method, as four Prometheus summaries
 * labelled by resource and method: {@code audiences_request_seconds{resource="AudienceResource",
 * method="create"}}, with their quantiles, {@code _count} and {@code _sum} ({@link ServiceMetricRegistry}). (Prometheus' Dropwizard bridge would make four families of each method, and
 * give {@code ….create} and {@code ….create.total} one name, which a scrape refuses.)
 */
final class ResourceTimers implements MultiCollector {

    /**
     * A timer of a resource method, named by Dropwizard after its class and method:
     * {@code io.audiences.adapters.rest.audience.AudienceResource.create} and a suffix.
     */
    private static final Pattern RESOURCE_TIMER =
            Pattern.compile("io\\.audiences\\.adapters\\.rest\\.(?:[a-z]\\w*\\.)+(\\w+Resource)\\.(\\w+)(?:\\.(.+))?");

    /** Dropwizard's suffix after {@code Resource.method} → the summary it becomes. */
    private static final Map<String, Family> FAMILIES = Map.of(
            "total", new Family("audiences_request_seconds",
                    "Requests to a resource method, filters (authentication, rate limit) included"),
            "", new Family("audiences_resource_method_seconds", "The resource method alone"),
            "request.filtering", new Family("audiences_request_filtering_seconds", "The request filters before a resource method"),
            "response.filtering", new Family("audiences_response_filtering_seconds", "The response filters after a resource method"));

    private static final double[] QUANTILES = {0.5, 0.75, 0.95, 0.98, 0.99, 0.999};

    private final MetricRegistry dropwizard;

    private record Family(String name, String help) {
    }

    ResourceTimers(MetricRegistry dropwizard) {
        this.dropwizard = dropwizard;
    }

    static boolean covers(String dropwizardName) {
        return RESOURCE_TIMER.matcher(dropwizardName).matches();
    }

    @Override
    public MetricSnapshots collect() {
        Map<String, SummarySnapshot.Builder> families = new LinkedHashMap<>();
        FAMILIES.forEach((suffix, family) -> families.put(suffix,
                SummarySnapshot.builder().name(family.name()).help(family.help()).unit(Unit.SECONDS)));
        dropwizard.getTimers((name, metric) -> covers(name)).forEach((name, timer) -> {
            Matcher parts = RESOURCE_TIMER.matcher(name);
            SummarySnapshot.Builder family = parts.matches() ? families.get(parts.group(3) == null ? "" : parts.group(3)) : null;
            if (family != null) {
                family.dataPoint(point(Labels.of("resource", parts.group(1), "method", parts.group(2)), timer));
            }
        });
        MetricSnapshots.Builder snapshots = MetricSnapshots.builder();
        families.values().forEach(family -> snapshots.metricSnapshot(family.build()));
        return snapshots.build();
    }

    /**
     * A timer as a summary's data point: its quantiles, count and, for a {@link SummingTimer}, sum. A
     * timer with nothing recent to sample has no quantiles (an empty snapshot's would read 0 s).
     */
    static SummaryDataPointSnapshot point(Labels labels, Timer timer) {
        Snapshot times = timer.getSnapshot();
        Quantiles.Builder quantiles = Quantiles.builder();
        if (times.size() > 0) {
            for (double quantile : QUANTILES) {
                quantiles.quantile(new Quantile(quantile, Unit.nanosToSeconds((long) times.getValue(quantile))));
            }
        }
        SummaryDataPointSnapshot.Builder point = SummaryDataPointSnapshot.builder().labels(labels).quantiles(quantiles.build())
                .count(timer.getCount());
        if (timer instanceof SummingTimer summing) {
            point.sum(Unit.nanosToSeconds(summing.sumNanos()));
        }
        return point.build();
    }
}
