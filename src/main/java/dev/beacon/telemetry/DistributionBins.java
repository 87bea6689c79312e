package dev.beacon.telemetry;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.mapping.IndexMapping;
import com.datadoghq.sketch.ddsketch.store.Bin;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Cuts a distribution into value ranges a person reads at a glance: bounds on the 1-2-5 ladder
 * (…, 10, 20, 50, 100, 200, 500, 1000, …), from the one at or below the smallest value to the first one
 * above the largest. Counts come from the sketch's own bins, each counted where its representative value
 * (within 1 % of every value it holds) falls.
 */
final class DistributionBins {

    private static final int[] MANTISSAS = {1, 2, 5};

    private DistributionBins() {
    }

    /** The ascending bounds of ranges that hold every value from {@code min} to {@code max} (both positive). */
    static List<Double> bounds(double min, double max) {
        if (!(min > 0) || max < min) {
            throw new IllegalArgumentException("Need 0 < min <= max: " + min + ", " + max);
        }
        List<Double> bounds = new ArrayList<>();
        int exponent = (int) Math.floor(Math.log10(min));
        int mantissa = 2;
        while (ladder(MANTISSAS[mantissa], exponent) > min) {
            mantissa--;
            if (mantissa < 0) {
                mantissa = 2;
                exponent--;
            }
        }
        double bound;
        do {
            bound = ladder(MANTISSAS[mantissa], exponent);
            bounds.add(bound);
            mantissa++;
            if (mantissa == MANTISSAS.length) {
                mantissa = 0;
                exponent++;
            }
        } while (bound <= max);
        return bounds;
    }

    /** The index of the range that holds the value, for ranges between consecutive bounds; clamped to the ends. */
    static int rangeOf(List<Double> bounds, double value) {
        for (int i = bounds.size() - 2; i > 0; i--) {
            if (value >= bounds.get(i)) {
                return i;
            }
        }
        return 0;
    }

    /** How many values of the sketch fall into each range; zeros count into the lowest. */
    static long[] counts(DDSketch sketch, List<Double> bounds) {
        double[] counts = new double[bounds.size() - 1];
        IndexMapping mapping = sketch.getIndexMapping();
        double positive = 0;
        Iterator<Bin> bins = sketch.getPositiveValueStore().getAscendingIterator();
        while (bins.hasNext()) {
            Bin bin = bins.next();
            counts[rangeOf(bounds, mapping.value(bin.getIndex()))] += bin.getCount();
            positive += bin.getCount();
        }
        counts[0] += Math.max(0, sketch.getCount() - positive);
        long[] rounded = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            rounded[i] = Math.round(counts[i]);
        }
        return rounded;
    }

    /** The smallest positive value the sketch holds, or NaN when it holds none. */
    static double smallestPositive(DDSketch sketch) {
        if (sketch.getPositiveValueStore().isEmpty()) {
            return Double.NaN;
        }
        return sketch.getIndexMapping().lowerBound(sketch.getPositiveValueStore().getMinIndex());
    }

    /** m × 10^e, computed so that e.g. 2 × 10^-1 is exactly the double nearest 0.2. */
    private static double ladder(int mantissa, int exponent) {
        return exponent >= 0 ? mantissa * Math.pow(10, exponent) : mantissa / Math.pow(10, -exponent);
    }
}
