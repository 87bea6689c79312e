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
import tools.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Reads the body of a batch request — a JSON array of items, or an object holding that array under the
 * collection's name ({"events": [...]}). It stops counting items at the limit without binding the rest, and
 * names what is wrong as the API reports it: {@code events[3].latencyMs}.
 * <p>
 * Items are bound by Jackson's data binding, unless a plain reader is given: that one reads items of the usual
 * shape several times faster (bench/run's profile of ingestion) and gives up on anything unusual. The body is
 * then simply read again with data binding, which decides — so what is accepted and how errors read never
 * depend on the fast way. Times in the common UTC form are read by {@link UtcInstantDeserializer}.
 */
final class BatchReader<T> {

    /** Reads one item, the parser standing on its START_OBJECT; throws anything to hand the body to data binding. */
    @FunctionalInterface
    interface PlainItemReader<T> {
        T read(JsonParser parser);
    }

    private final ObjectMapper mapper;
    private final ObjectReader reader;
    private final PlainItemReader<T> plainReader;
    private final String collection;
    private final int maxItems;

    BatchReader(ObjectMapper mapper, Class<T> type, String collection, int maxItems) {
        this(mapper, type, collection, maxItems, null);
    }

    BatchReader(ObjectMapper mapper, Class<T> type, String collection, int maxItems, PlainItemReader<T> plainReader) {
        this.mapper = mapper.rebuild().addModule(new SimpleModule("utc-instants").addDeserializer(Instant.class, new UtcInstantDeserializer()))
                .build();
        // items are read one by one from the array, so what follows an item is the next one, not trailing garbage
        this.reader = this.mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.plainReader = plainReader;
        this.collection = collection;
        this.maxItems = maxItems;
    }

    List<T> read(InputStream body) throws BodyTooLargeException {
        byte[] bytes = readAll(body);
        if (plainReader != null) {
            try {
                return read(bytes, plainReader);
            } catch (RuntimeException unusual) {
                // read it again below: data binding accepts what it accepts and names every problem
            }
        }
        List<T> items = new ArrayList<>();
        try {
            return read(bytes, parser -> reader.readValue(parser), items);
        } catch (JacksonException e) {
            throw translate(e, items.size());
        }
    }

    private List<T> read(byte[] body, PlainItemReader<T> items) {
        return read(body, items, new ArrayList<>());
    }

    private List<T> read(byte[] body, PlainItemReader<T> itemReader, List<T> items) {
        try (JsonParser parser = mapper.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readItems(parser, itemReader, items);
            } else if (first == JsonToken.START_OBJECT) {
                readEnvelope(parser, itemReader, items);
            } else {
                throw wrongShape();
            }
            if (parser.nextToken() != null) {
                throw new InvalidInputException("body", "Send one JSON value; something follows the batch");
            }
            return items;
        }
    }

    /** The whole body (at most the size limit), decompressed. */
    private static byte[] readAll(InputStream body) throws BodyTooLargeException {
        try {
            return body.readAllBytes();
        } catch (BodyTooLargeException e) {
            throw e;
        } catch (ZipException e) {
            throw notGzip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {"events": [...]}; other properties are ignored, so clients may add their own. */
    private void readEnvelope(JsonParser parser, PlainItemReader<T> itemReader, List<T> items) {
        boolean found = false;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals(collection) && value == JsonToken.START_ARRAY) {
                readItems(parser, itemReader, items);
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

    private void readItems(JsonParser parser, PlainItemReader<T> itemReader, List<T> items) {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (items.size() == maxItems) {
                throw new BatchTooLargeException(maxItems + countRest(parser), maxItems);
            }
            if (token != JsonToken.START_OBJECT) {
                throw new InvalidInputException(collection + "[" + items.size() + "]", "Send each item as a JSON object");
            }
            items.add(itemReader.read(parser));
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

    private static InvalidInputException notGzip() {
        return new InvalidInputException("body", "The body is not valid gzip data (Content-Encoding: gzip)");
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
                return notGzip();
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
        if (type == Instant.class) {
            return "Give the time as ISO-8601, e.g. 2026-11-29T10:15:30Z";
        }
        if (type == String.class) {
            return "Must be a string";
        }
        return "Invalid value";
    }
}
