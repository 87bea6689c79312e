package dev.beacon.telemetry.outbound;

/**
 * Why a call to a model server failed, in words an operator acts on. Raw response bodies are never
 * shown; this class is what the UI and the API report.
 */
public enum OutboundFailure {
    INVALID_URL("The URL is not a valid http:// or https:// URL"),
    BLOCKED_ADDRESS("The host resolves to an address Beacon may not call (deny list)"),
    DNS_FAILURE("The host name could not be resolved"),
    CONNECTION_REFUSED("Nothing accepts connections at this address and port"),
    TIMEOUT("No complete answer within the timeout"),
    TLS_FAILURE("The TLS handshake failed (certificate or protocol)"),
    REDIRECT_NOT_ALLOWED("The server redirects to another host or too often"),
    RESPONSE_TOO_LARGE("The response is larger than Beacon reads"),
    HTTP_ERROR("The server answered with an HTTP error status"),
    UNPARSEABLE("The response is not in the expected format"),
    IO_ERROR("The connection broke off");

    private final String description;

    OutboundFailure(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
