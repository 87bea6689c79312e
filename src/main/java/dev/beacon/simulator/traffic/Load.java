package dev.beacon.simulator.traffic;

/**
 * A model server's gauges at a moment.
 *
 * @param running     requests being processed
 * @param waiting     requests in the queue
 * @param kvCacheUse  share of the KV cache in use, 0–1
 * @param preemptions requests preempted since the previous reading (the KV cache ran full)
 */
public record Load(int running, int waiting, double kvCacheUse, int preemptions) {

    public static final Load IDLE = new Load(0, 0, 0, 0);
}
