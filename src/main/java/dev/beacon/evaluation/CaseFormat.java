package dev.beacon.evaluation;

/** The file formats cases are imported from and exported to; see docs/evaluation-formats.md. */
public enum CaseFormat {
    CSV("text/csv", "csv"),
    JSONL("application/x-ndjson", "jsonl");

    private final String mediaType;
    private final String extension;

    CaseFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
