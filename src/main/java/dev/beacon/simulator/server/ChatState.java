package dev.beacon.simulator.server;

/**
 * How a simulated server answers chat completions at a moment.
 *
 * @param accuracy the chance of a right answer to a question it knows
 * @param slowdown how many times slower than usual it answers (1 normally, more in a latency spike)
 * @param failing  whether it is in an error burst, where about a third of the calls fail
 */
public record ChatState(double accuracy, double slowdown, boolean failing) {

    static final ChatState USUAL = new ChatState(0.9, 1, false);
}
