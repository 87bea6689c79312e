package dev.beacon.telemetry.ingest;

import org.springframework.util.unit.DataSize;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads the body of an ingestion request: gunzips it when the client sent {@code Content-Encoding: gzip},
 * and never lets it grow past the limit <em>after</em> decompression (a few kilobytes of gzip can unpack to
 * gigabytes). OTLP/HTTP uses it directly; it is shaped so that a servlet filter for every ingestion path
 * can wrap a request's stream with {@link #decoded} instead.
 */
public final class RequestDecompression {

    private final long maxBytes;

    public RequestDecompression(DataSize limit) {
        this.maxBytes = limit.toBytes();
    }

    /** The whole decoded body. */
    public byte[] readAll(InputStream body, String contentEncoding) throws IOException {
        try (InputStream decoded = decoded(body, contentEncoding)) {
            return decoded.readAllBytes();
        }
    }

    /**
     * The body as the client meant it; reading fails with {@link TooLargeException} once more than the
     * limit came out, and with another IOException when the gzip data is corrupt.
     *
     * @throws UnsupportedEncodingException for encodings other than gzip and identity
     */
    public InputStream decoded(InputStream body, String contentEncoding) throws IOException {
        String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        InputStream plain = switch (encoding) {
            case "", "identity" -> body;
            case "gzip", "x-gzip" -> new GZIPInputStream(body);
            default -> throw new UnsupportedEncodingException(contentEncoding);
        };
        return new CappedInputStream(plain, maxBytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** More than the limit after decompression; HTTP 413. */
    public static final class TooLargeException extends IOException {
        TooLargeException(long maxBytes) {
            super("The request body is larger than " + DataSize.ofBytes(maxBytes).toMegabytes()
                    + " MB after decompression; send smaller batches");
        }
    }

    /** A Content-Encoding other than gzip; HTTP 415. */
    public static final class UnsupportedEncodingException extends IOException {
        UnsupportedEncodingException(String encoding) {
            super("Content-Encoding '" + encoding + "' is not supported; send gzip or no encoding");
        }
    }

    /** Counts what is read and fails past the limit, without reading the rest. */
    private static final class CappedInputStream extends FilterInputStream {

        private final long maxBytes;
        private long read;

        CappedInputStream(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
        }
    }
}
