package dev.beacon.shared.ui.chart;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;

/**
 * A heat map cell: the indexes of its x and y categories (e.g. time bucket and latency bucket) and its
 * value (e.g. the number of requests); written as {@code [x, y, value]}. A null value leaves the cell empty.
 */
public record HeatCell(int x, int y, Double value) implements ChartPoint {

    public HeatCell {
        if (x < 0 || y < 0) {
            throw new IllegalArgumentException("Heat map cells are indexes into the axes' categories: " + x + ", " + y);
        }
    }

    @JsonValue
    List<Object> json() {
        return Arrays.asList(x, y, value);
    }
}
