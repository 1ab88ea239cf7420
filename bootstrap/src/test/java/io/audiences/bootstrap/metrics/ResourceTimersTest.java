package io.audiences.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.Quantile;
import io.prometheus.metrics.model.snapshots.SummarySnapshot.SummaryDataPointSnapshot;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** A timer's summary: its quantiles while it has recent values, none (not zeros) once it has none. */
class ResourceTimersTest {

    @Test
    void aTimerWithRecentValuesHasItsQuantilesCountAndSum() {
        SummingTimer timer = new SummingTimer();
        timer.update(2, TimeUnit.MILLISECONDS);
        timer.update(4, TimeUnit.MILLISECONDS);

        SummaryDataPointSnapshot point = ResourceTimers.point(Labels.EMPTY, timer);

        assertThat(StreamSupport.stream(point.getQuantiles().spliterator(), false).map(Quantile::getQuantile))
                .containsExactly(0.5, 0.75, 0.95, 0.98, 0.99, 0.999);
        assertThat(point.getQuantiles().get(5).getValue()).isEqualTo(0.004);
        assertThat(point.getCount()).isEqualTo(2);
        assertThat(point.getSum()).isEqualTo(0.006);
    }

    @Test
    void aTimerWithNothingToSampleHasNoQuantilesRatherThanZeros() {
        SummaryDataPointSnapshot point = ResourceTimers.point(Labels.EMPTY, new SummingTimer());

        assertThat(point.getQuantiles().size()).isZero();
        assertThat(point.getCount()).isZero();
    }
}
