package dev.beacon.telemetry.scrape;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Prometheus text exposition format 0.0.4 and OpenMetrics 1.0, as model servers write them:
 * {@code # HELP}, {@code # TYPE} and {@code # UNIT} lines, labels in any order with escapes, {@code +Inf},
 * {@code NaN} and llama.cpp's lowercase {@code nan}, timestamps, exemplars, {@code _created} samples and
 * {@code # EOF}. A line that cannot be read is skipped and counted instead of failing the whole scrape.
 */
final class PrometheusText {

    private PrometheusText() {
    }

    static Exposition parse(String text) {
        List<Sample> samples = new ArrayList<>();
        int skipped = 0;
        for (String raw : text.split("\n", -1)) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (line.substring(1).strip().equals("EOF")) {
                    break;
                }
                continue; // HELP, TYPE, UNIT and plain comments: Beacon's mapping knows each metric's kind by its name
            }
            Sample sample = SampleLine.parse(line);
            if (sample == null) {
                skipped++;
            } else {
                samples.add(sample);
            }
        }
        return new Exposition(samples, skipped);
    }
}
