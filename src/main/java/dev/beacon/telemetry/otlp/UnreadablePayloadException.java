package dev.beacon.telemetry.otlp;

/** An OTLP request body that does not decode as the message it should be; OTLP/HTTP answers 400. */
class UnreadablePayloadException extends RuntimeException {

    UnreadablePayloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
