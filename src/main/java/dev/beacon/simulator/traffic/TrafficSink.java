package dev.beacon.simulator.traffic;

import java.time.Instant;

/** What a simulated server does with its traffic: counts the requests it served and shows its load. */
public interface TrafficSink {

    /** A request the server handled (requests refused before reaching it are not passed on). */
    void record(SimRequest request);

    void observe(Load load, Instant at);
}
