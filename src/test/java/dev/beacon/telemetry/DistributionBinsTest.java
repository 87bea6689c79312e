package dev.beacon.telemetry;

import com.datadoghq.sketch.ddsketch.DDSketch;
import dev.beacon.telemetry.rollup.Sketches;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DistributionBinsTest {

    @Test
    void bounds_run_on_the_one_two_five_ladder_from_below_the_smallest_to_above_the_largest_value() {
        assertThat(DistributionBins.bounds(95, 1_800)).containsExactly(50.0, 100.0, 200.0, 500.0, 1_000.0, 2_000.0);
        assertThat(DistributionBins.bounds(0.3, 0.3)).containsExactly(0.2, 0.5);
        assertThat(DistributionBins.bounds(100, 100)).containsExactly(100.0, 200.0);
    }

    @Test
    void each_value_is_counted_in_the_range_that_holds_it_and_zeros_in_the_lowest() {
        DDSketch sketch = Sketches.empty();
        sketch.accept(0, 3);
        sketch.accept(120, 5);
        sketch.accept(450, 2);
        sketch.accept(1_500);
        List<Double> bounds = DistributionBins.bounds(DistributionBins.smallestPositive(sketch), sketch.getMaxValue());

        long[] counts = DistributionBins.counts(sketch, bounds);

        assertThat(bounds).containsExactly(100.0, 200.0, 500.0, 1_000.0, 2_000.0);
        assertThat(counts).containsExactly(3 + 5, 2, 0, 1);
    }
}
