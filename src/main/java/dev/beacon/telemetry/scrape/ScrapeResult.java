package dev.beacon.telemetry.scrape;

/**
 * What one scrape came to.
 *
 * @param outcome    OK; BASELINE (read, but there was nothing to compare with yet); FAILED; or SKIPPED when a
 *                   later scrape of the same model had already been counted
 * @param errorClass why it failed: an OutboundFailure or CheckFailure name, null otherwise
 * @param detail     a short, safe description (never the response body)
 */
public record ScrapeResult(String outcome, String errorClass, String detail) {

    public static final String OK = "OK";
    public static final String BASELINE = "BASELINE";
    public static final String FAILED = "FAILED";
    public static final String SKIPPED = "SKIPPED";
}
