package dev.beacon.telemetry.api;

import dev.beacon.telemetry.ingest.RequestEventInput;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.time.Instant;

/**
 * Reads a request event of the usual shape straight from the parser: each property of {@link RequestEventInput}
 * at most once, numbers as JSON numbers (whole numbers for token counts), texts as JSON strings, times in UTC,
 * any of them null. Anything else — an unknown or repeated property, a number in quotes, a time with an offset —
 * throws {@link Unusual}, and {@link BatchReader} hands the body to Jackson's data binding, which gives the same
 * event for every body this accepts.
 */
final class EventJson {

    /** The item is not of the usual shape; data binding decides. Without a stack trace: it is not an error. */
    static final class Unusual extends RuntimeException {
        Unusual() {
            super("not the usual shape", null, false, false);
        }
    }

    private static final Unusual UNUSUAL = new Unusual();

    private EventJson() {
    }

    static RequestEventInput read(JsonParser parser) {
        String model = null;
        Instant timestamp = null;
        Double latencyMs = null;
        Double timeToFirstTokenMs = null;
        Long inputTokens = null;
        Long outputTokens = null;
        String status = null;
        String errorType = null;
        Double temperature = null;
        Long maxTokens = null;
        String clientEventId = null;
        int seen = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            int property = switch (name) {
                case "model" -> {
                    model = text(parser, value);
                    yield 1;
                }
                case "timestamp" -> {
                    timestamp = time(parser, value);
                    yield 1 << 1;
                }
                case "latencyMs" -> {
                    latencyMs = decimal(parser, value);
                    yield 1 << 2;
                }
                case "timeToFirstTokenMs" -> {
                    timeToFirstTokenMs = decimal(parser, value);
                    yield 1 << 3;
                }
                case "inputTokens" -> {
                    inputTokens = whole(parser, value);
                    yield 1 << 4;
                }
                case "outputTokens" -> {
                    outputTokens = whole(parser, value);
                    yield 1 << 5;
                }
                case "status" -> {
                    status = text(parser, value);
                    yield 1 << 6;
                }
                case "errorType" -> {
                    errorType = text(parser, value);
                    yield 1 << 7;
                }
                case "temperature" -> {
                    temperature = decimal(parser, value);
                    yield 1 << 8;
                }
                case "maxTokens" -> {
                    maxTokens = whole(parser, value);
                    yield 1 << 9;
                }
                case "clientEventId" -> {
                    clientEventId = text(parser, value);
                    yield 1 << 10;
                }
                default -> throw UNUSUAL;
            };
            if ((seen & property) != 0) {
                throw UNUSUAL;
            }
            seen |= property;
        }
        return new RequestEventInput(model, timestamp, latencyMs, timeToFirstTokenMs, inputTokens, outputTokens, status,
                errorType, temperature, maxTokens, clientEventId);
    }

    private static String text(JsonParser parser, JsonToken value) {
        return switch (value) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NULL -> null;
            default -> throw UNUSUAL;
        };
    }

    private static Double decimal(JsonParser parser, JsonToken value) {
        return switch (value) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_NULL -> null;
            default -> throw UNUSUAL;
        };
    }

    private static Long whole(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw UNUSUAL;
        }
        return parser.getLongValue();
    }

    private static Instant time(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        Instant time = value == JsonToken.VALUE_STRING ? UtcInstantDeserializer.parse(parser.getString()) : null;
        if (time == null) {
            throw UNUSUAL;
        }
        return time;
    }
}
