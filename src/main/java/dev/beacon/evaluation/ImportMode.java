package dev.beacon.evaluation;

/** What an import does with the suite's existing cases: keeps them and adds after them, or replaces them all. */
public enum ImportMode {
    APPEND, REPLACE
}
