package dev.beacon.simulator.server;

import dev.beacon.simulator.traffic.TrafficSink;

import java.time.Instant;

/**
 * One kind of model server (vLLM, TGI…): counts what its traffic does and answers HTTP requests exactly as
 * that server does. A new instance is a freshly started process, with every counter at zero.
 */
interface SimulatedRuntime extends TrafficSink {

    /**
     * @param loading whether the server is still loading its model
     */
    Answer answer(String path, boolean loading, Instant now);
}
