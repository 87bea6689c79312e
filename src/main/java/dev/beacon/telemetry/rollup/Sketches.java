package dev.beacon.telemetry.rollup;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import com.datadoghq.sketch.ddsketch.encoding.ByteArrayInput;
import com.datadoghq.sketch.ddsketch.encoding.GrowingByteArrayOutput;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one kind of quantile sketch Beacon stores: DDSketch with a logarithmic mapping and 1 % relative
 * accuracy, so any quantile read from any merge of sketches is within 1 % of the true value at that
 * rank. At most {@value #MAX_BINS} bins per sketch: beyond that the lowest values are collapsed, which
 * keeps the high percentiles exact to the guarantee. See docs/design-decisions/0010-telemetry-storage-and-rollups.md.
 */
public final class Sketches {

    public static final double RELATIVE_ACCURACY = 0.01;
    static final int MAX_BINS = 2048;

    private Sketches() {
    }

    public static DDSketch empty() {
        return DDSketches.logarithmicCollapsingLowestDense(RELATIVE_ACCURACY, MAX_BINS);
    }

    /**
     * The sketch's bins without its index mapping: every stored sketch has the same mapping, and a mapping
     * read back from bytes does not compare equal to the one built from the accuracy.
     */
    public static byte[] encode(DDSketch sketch) {
        GrowingByteArrayOutput output = GrowingByteArrayOutput.withDefaultInitialCapacity();
        try {
            sketch.encode(output, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return output.trimmedCopy();
    }

    public static DDSketch decode(byte[] bytes) {
        DDSketch sketch = empty();
        mergeInto(sketch, bytes);
        return sketch;
    }

    /** Adds an encoded sketch to a sketch without building an intermediate object. */
    public static void mergeInto(DDSketch target, byte[] encoded) {
        try {
            target.decodeAndMergeWith(ByteArrayInput.wrap(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException("A stored sketch could not be decoded", e);
        }
    }

}
