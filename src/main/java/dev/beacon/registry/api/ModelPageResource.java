package dev.beacon.registry.api;

import java.util.List;

/** A page of models: {@code page} counts from 0. */
record ModelPageResource(List<ModelSummaryResource> items, int page, int size, int totalItems, int totalPages) {
}
