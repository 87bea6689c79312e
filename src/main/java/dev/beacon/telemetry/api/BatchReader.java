package dev.beacon.telemetry.api;

import dev.beacon.shared.InvalidInputException;
import dev.beacon.telemetry.ingest.BatchTooLargeException;
import dev.beacon.telemetry.ingest.BodyTooLargeException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Reads the body of a batch request — a JSON array of items, or an object holding that array under the
 * collection's name ({"events": [...]}) — item by item from the stream. It stops counting items at the
 * limit without binding the rest, and names what is wrong as the API reports it: {@code events[3].latencyMs}.
 */
final class BatchReader<T> {

    private final ObjectMapper mapper;
    private final ObjectReader reader;
    private final String collection;
    private final int maxItems;

    BatchReader(ObjectMapper mapper, Class<T> type, String collection, int maxItems) {
        this.mapper = mapper;
        // items are read one by one from the array, so what follows an item is the next one, not trailing garbage
        this.reader = mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.collection = collection;
        this.maxItems = maxItems;
    }

    List<T> read(InputStream body) throws BodyTooLargeException {
        List<T> items = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readItems(parser, items);
            } else if (first == JsonToken.START_OBJECT) {
                readEnvelope(parser, items);
            } else {
                throw wrongShape();
            }
            if (parser.nextToken() != null) {
                throw new InvalidInputException("body", "Send one JSON value; something follows the batch");
            }
            return items;
        } catch (JacksonException e) {
            throw translate(e, items.size());
        }
    }

    /** {"events": [...]}; other properties are ignored, so clients may add their own. */
    private void readEnvelope(JsonParser parser, List<T> items) {
        boolean found = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals(collection) && value == JsonToken.START_ARRAY) {
                readItems(parser, items);
                found = true;
            } else if (name.equals(collection)) {
                throw new InvalidInputException(collection, "Send the " + collection + " as a JSON array");
            } else {
                parser.skipChildren();
            }
        }
        if (!found) {
            throw wrongShape();
        }
    }

    private void readItems(JsonParser parser, List<T> items) {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (items.size() == maxItems) {
                throw new BatchTooLargeException(maxItems + countRest(parser), maxItems);
            }
            if (token != JsonToken.START_OBJECT) {
                throw new InvalidInputException(collection + "[" + items.size() + "]", "Send each item as a JSON object");
            }
            items.add(reader.readValue(parser));
        }
    }

    /** Skips the items after the limit, only counting them (the body is capped in bytes, so this ends soon). */
    private static int countRest(JsonParser parser) {
        int count = 0;
        for (JsonToken token = parser.currentToken(); token != JsonToken.END_ARRAY && token != null; token = parser.nextToken()) {
            parser.skipChildren();
            count++;
        }
        return count;
    }

    private InvalidInputException wrongShape() {
        return new InvalidInputException("body", "Send a JSON array of " + collection + ", or {\"" + collection + "\": [...]}");
    }

    private RuntimeException translate(JacksonException e, int index) throws BodyTooLargeException {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                throw tooLarge;
            }
            if (cause instanceof ZipException) {
                return new InvalidInputException("body", "The body is not valid gzip data (Content-Encoding: gzip)");
            }
            if (cause instanceof IOException io) {
                return new UncheckedIOException(io);
            }
        }
        if (e instanceof MismatchedInputException || e instanceof InputCoercionException) {
            return new InvalidInputException(collection + "[" + index + "]" + pathWithin(e), typeProblem(e));
        }
        var location = e.getLocation();
        return new InvalidInputException("body", "The body is not valid JSON"
                + (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"));
    }

    /** ".latencyMs" for a property of the item, "" for the item itself. */
    private static String pathWithin(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String typeProblem(JacksonException e) {
        if (e instanceof InputCoercionException) {
            return "The number is out of range";
        }
        Class<?> type = ((MismatchedInputException) e).getTargetType();
        if (type == null) {
            return "Invalid value";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "Must be a number";
        }
        if (type == java.time.Instant.class) {
            return "Give the time as ISO-8601, e.g. 2026-11-29T10:15:30Z";
        }
        if (type == String.class) {
            return "Must be a string";
        }
        return "Invalid value";
    }
}
