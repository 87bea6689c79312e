package dev.beacon.telemetry.internal;

import org.jooq.JSONB;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format — the cheapest way to hand many rows to the server: nothing to print
 * here, nothing to parse there (see "COPY … Binary Format" in the PostgreSQL manual). The ingestion path writes
 * raw events and rollup contributions this way; bench/run's profile showed statement building to be its largest cost.
 */
final class BinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final int NULL = -1;
    private static final byte JSONB_VERSION = 1;
    /** 2000-01-01T00:00:00Z, where PostgreSQL's timestamps count from, in microseconds since 1970. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private ByteBuffer buffer;

    BinaryCopy(int expectedBytes) {
        buffer = ByteBuffer.allocate(Math.max(64, expectedBytes));
        buffer.put(SIGNATURE).putInt(0).putInt(0);
    }

    BinaryCopy row(int columns) {
        ensure(2);
        buffer.putShort((short) columns);
        return this;
    }

    BinaryCopy uuid(UUID value) {
        ensure(20);
        buffer.putInt(16).putLong(value.getMostSignificantBits()).putLong(value.getLeastSignificantBits());
        return this;
    }

    /** timestamptz, to the microsecond. */
    BinaryCopy timestamp(Instant value) {
        ensure(12);
        buffer.putInt(8).putLong(value.getEpochSecond() * 1_000_000 + value.getNano() / 1_000 - POSTGRES_EPOCH_MICROS);
        return this;
    }

    /** real */
    BinaryCopy float4(Float value) {
        if (value == null) {
            return nullValue();
        }
        ensure(8);
        buffer.putInt(4).putFloat(value);
        return this;
    }

    /** integer */
    BinaryCopy int4(Integer value) {
        if (value == null) {
            return nullValue();
        }
        ensure(8);
        buffer.putInt(4).putInt(value);
        return this;
    }

    /** bigint */
    BinaryCopy int8(Long value) {
        if (value == null) {
            return nullValue();
        }
        ensure(12);
        buffer.putInt(8).putLong(value);
        return this;
    }

    BinaryCopy bool(Boolean value) {
        if (value == null) {
            return nullValue();
        }
        ensure(5);
        buffer.putInt(1).put((byte) (value ? 1 : 0));
        return this;
    }

    BinaryCopy text(String value) {
        return value == null ? nullValue() : bytea(value.getBytes(StandardCharsets.UTF_8));
    }

    BinaryCopy bytea(byte[] value) {
        if (value == null) {
            return nullValue();
        }
        ensure(4 + value.length);
        buffer.putInt(value.length).put(value);
        return this;
    }

    BinaryCopy jsonb(JSONB value) {
        if (value == null) {
            return nullValue();
        }
        byte[] text = value.data().getBytes(StandardCharsets.UTF_8);
        ensure(5 + text.length);
        buffer.putInt(1 + text.length).put(JSONB_VERSION).put(text);
        return this;
    }

    /** A column's value, by its Java type as jOOQ maps the column. */
    BinaryCopy value(Object value) {
        return switch (value) {
            case null -> nullValue();
            case Long number -> int8(number);
            case Integer number -> int4(number);
            case Float number -> float4(number);
            case Boolean flag -> bool(flag);
            case byte[] bytes -> bytea(bytes);
            case JSONB json -> jsonb(json);
            case String text -> text(text);
            case UUID id -> uuid(id);
            case Instant time -> timestamp(time);
            default -> throw new IllegalArgumentException("No binary COPY encoding for " + value.getClass());
        };
    }

    private BinaryCopy nullValue() {
        ensure(4);
        buffer.putInt(NULL);
        return this;
    }

    /** The COPY data: header, rows, trailer. Call once, after the last row. */
    byte[] finish() {
        ensure(2);
        buffer.putShort((short) -1);
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    /** Runs {@code copy … from stdin (format binary)} with the data on the connection (the transaction's). */
    static void copy(Connection connection, String statement, byte[] data) throws SQLException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement);
        try {
            in.writeToCopy(data, 0, data.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private void ensure(int bytes) {
        if (buffer.remaining() < bytes) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
            larger.put(buffer.array(), 0, buffer.position());
            buffer = larger;
        }
    }
}
