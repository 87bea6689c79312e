package dev.beacon.evaluation;

/**
 * What people edit of a suite.
 *
 * @param description may be empty
 * @param defaultScorer scores every case that has no scorer of its own
 */
public record SuiteData(String name, String description, Scorer defaultScorer) {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 2000;

    /** Surrounding whitespace removed, a missing description empty, a missing scorer the default exact match. */
    public SuiteData normalized() {
        return new SuiteData(name == null ? null : name.strip(), description == null ? "" : description.strip(),
                defaultScorer == null ? Scorer.defaultScorer() : defaultScorer);
    }
}
