package dev.beacon.evaluation;

/**
 * What an import did.
 *
 * @param imported the cases read from the file and saved
 * @param removed  the cases a REPLACE import deleted first; 0 for APPEND
 * @param total    the suite's cases afterwards
 */
public record ImportReport(ImportMode mode, int imported, int removed, int total) {
}
