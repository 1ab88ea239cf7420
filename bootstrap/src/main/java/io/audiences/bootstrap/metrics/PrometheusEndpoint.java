package io.audiences.bootstrap.metrics;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.setup.Environment;
import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * {@value #PATH} on the admin port: everything in the Dropwizard registry (Jetty's requests and
 * responses, its thread pool, the database pool, the resources' timers, the service's own counters)
 * and the JVM's metrics, in the Prometheus text format or, when the scraper asks for it, OpenMetrics.
 *
 * <p>The JVM's metrics come from Prometheus' own instrumentation, under the names dashboards expect
 * ({@code jvm_memory_used_bytes}, …), instead of Dropwizard's {@code jvm.*} gauges. The service's
 * counters carry their value as a label: {@code audiences_creations_total{type="monitoring"}}.
 */
public final class PrometheusEndpoint {

    public static final String PATH = "/prometheus";

    private PrometheusEndpoint() {
    }

    public static void serve(Environment environment) {
        environment.admin().addServlet("prometheus", new PrometheusMetricsServlet(registry(environment.metrics())))
                .addMapping(PATH);
    }

    private static PrometheusRegistry registry(MetricRegistry dropwizard) {
        PrometheusRegistry registry = new PrometheusRegistry();
        JvmMetrics.builder().register(registry);
        registry.register(new ServiceCounters(dropwizard));
        registry.register(new ResourceTimers(dropwizard));
        registry.register(new SqlTimers(dropwizard));
        registry.register(new DropwizardExports(dropwizard, (name, metric) -> !name.startsWith("jvm.")
                && !ServiceCounters.covers(name) && !ResourceTimers.covers(name) && !SqlTimers.covers(name)));
        return registry;
    }
}
