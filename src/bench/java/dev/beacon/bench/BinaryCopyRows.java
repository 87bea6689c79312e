package dev.beacon.bench;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Events as request_event rows in PostgreSQL's binary COPY format, columns as in {@link EventText#COPY_COLUMNS}. */
final class BinaryCopyRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private final ByteArrayOutputStream bytes;
    private final DataOutputStream out;

    BinaryCopyRows(int rows) {
        bytes = new ByteArrayOutputStream(rows * 150);
        out = new DataOutputStream(bytes);
        try {
            out.write(SIGNATURE);
            out.writeInt(0);
            out.writeInt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends a row; returns the offset of the client event id's first byte (-1 without one). */
    int row(UUID team, SyntheticRequest request, String clientId, String source) {
        try {
            out.writeShort(12);
            uuid(team);
            uuid(request.model().id().value());
            out.writeInt(8);
            out.writeLong(request.atMillis() * 1_000 - POSTGRES_EPOCH_MICROS);
            real(request.latencyMs());
            if (request.ttftMs() == null) {
                out.writeInt(-1);
            } else {
                real(request.ttftMs());
            }
            integer(request.inputTokens());
            integer(request.outputTokens());
            text(request.errorType());
            real(Float.parseFloat(EventText.TEMPERATURE));
            integer(Integer.parseInt(EventText.MAX_TOKENS));
            int offset = -1;
            if (clientId == null) {
                out.writeInt(-1);
            } else {
                out.writeInt(clientId.length());
                offset = bytes.size();
                out.write(clientId.getBytes(StandardCharsets.US_ASCII));
            }
            text(source);
            return offset;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] finish() {
        try {
            out.writeShort(-1);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void uuid(UUID id) throws IOException {
        out.writeInt(16);
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
    }

    private void real(float value) throws IOException {
        out.writeInt(4);
        out.writeFloat(value);
    }

    private void integer(int value) throws IOException {
        out.writeInt(4);
        out.writeInt(value);
    }

    private void text(String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }
}
