package dev.beacon.simulator.server;

/** What a simulated server answers to a request. */
record Answer(int status, String contentType, String body) {

    static final String JSON = "application/json";

    static Answer json(int status, String body) {
        return new Answer(status, JSON, body);
    }

    static Answer ok(String contentType, String body) {
        return new Answer(200, contentType, body);
    }
}
