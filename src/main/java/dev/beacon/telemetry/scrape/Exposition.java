package dev.beacon.telemetry.scrape;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one scrape read: every sample, and how many lines could not be read.
 *
 * @param skippedLines lines that were neither a comment nor a readable sample
 */
record Exposition(List<Sample> samples, int skippedLines) {

    /** The label vLLM (and servers like it) put on every series to say which model it belongs to. */
    static final String MODEL_LABEL = "model_name";

    /**
     * The samples of one model: those whose {@value #MODEL_LABEL} is its served model name, and those without
     * that label (TGI and llama.cpp serve one model and label nothing). The model label itself is left out.
     */
    List<Sample> forModel(String servedModelName) {
        return samples.stream()
                .filter(sample -> {
                    String model = sample.label(MODEL_LABEL);
                    return model == null || model.equals(servedModelName);
                })
                .map(Exposition::withoutModelLabel)
                .toList();
    }

    /** The model names the samples are labelled with, to tell an operator what the server does serve. */
    Set<String> modelNames() {
        Set<String> names = new TreeSet<>();
        samples.forEach(sample -> {
            if (sample.label(MODEL_LABEL) != null) {
                names.add(sample.label(MODEL_LABEL));
            }
        });
        return names;
    }

    private static Sample withoutModelLabel(Sample sample) {
        if (!sample.labels().containsKey(MODEL_LABEL)) {
            return sample;
        }
        Map<String, String> labels = new TreeMap<>(sample.labels());
        labels.remove(MODEL_LABEL);
        return new Sample(sample.name(), Collections.unmodifiableMap(labels), sample.value(), sample.timestamp());
    }

    /** The samples grouped by metric name, in the order they came. */
    static Map<String, List<Sample>> byName(List<Sample> samples) {
        Map<String, List<Sample>> byName = new LinkedHashMap<>();
        samples.forEach(sample -> byName.computeIfAbsent(sample.name(), n -> new ArrayList<>()).add(sample));
        return byName;
    }
}
