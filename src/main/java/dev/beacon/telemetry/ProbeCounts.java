package dev.beacon.telemetry;

/** How many health probes found the server up, still starting, or down within one point of a series. */
public record ProbeCounts(int up, int starting, int down) {

    public static final ProbeCounts NONE = new ProbeCounts(0, 0, 0);

    public int total() {
        return up + starting + down;
    }
}
