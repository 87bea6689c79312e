package dev.beacon.maintenance.api;

import java.util.List;

/** A page of tickets: {@code page} counts from 0. */
record TicketPageResource(List<TicketResource> items, int page, int size, int totalItems, int totalPages) {
}
