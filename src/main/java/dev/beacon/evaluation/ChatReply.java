package dev.beacon.evaluation;

/**
 * What one chat call gave: the answer and its figures, or why there is none.
 *
 * @param failure why the call gave no answer (endpoint down, timeout, HTTP error, not a chat completion), in words an
 *                operator acts on; null when it answered
 */
record ChatReply(String answer, double latencyMs, Integer promptTokens, Integer completionTokens, String failure) {

    static ChatReply failed(String failure, double latencyMs) {
        return new ChatReply(null, latencyMs, null, null, failure);
    }

    boolean ok() {
        return failure == null;
    }
}
