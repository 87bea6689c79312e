package dev.beacon.telemetry.ingest;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.http.HttpHeaders;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The request as the controllers see it: the body decompressed when it was gzipped (the request then no
 * longer claims an encoding or a length), and never longer than the limit.
 */
class LimitedBodyRequest extends HttpServletRequestWrapper {

    private final boolean gzip;
    private final long limitBytes;
    private ServletInputStream body;

    LimitedBodyRequest(HttpServletRequest request, boolean gzip, long limitBytes) {
        super(request);
        this.gzip = gzip;
        this.limitBytes = limitBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            InputStream raw = super.getInputStream();
            body = new LimitedStream(gzip ? new LazyGzipStream(raw) : raw, limitBytes);
        }
        return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public String getHeader(String name) {
        return hidden(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(Collections.list(super.getHeaderNames()).stream().filter(name -> !hidden(name)).toList());
    }

    @Override
    public int getContentLength() {
        return gzip ? -1 : super.getContentLength();
    }

    @Override
    public long getContentLengthLong() {
        return gzip ? -1 : super.getContentLengthLong();
    }

    private boolean hidden(String name) {
        return gzip && (HttpHeaders.CONTENT_ENCODING.equalsIgnoreCase(name) || HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name));
    }

    /** Opens the gzip stream on the first read, so a body that is not gzip fails where it is read, not here. */
    private static final class LazyGzipStream extends InputStream {

        private final InputStream raw;
        private InputStream decompressed;

        LazyGzipStream(InputStream raw) {
            this.raw = raw;
        }

        @Override
        public int read() throws IOException {
            try {
                return open().read();
            } catch (EOFException truncated) {
                throw new ZipException("The gzip data ends too early");
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return open().read(buffer, offset, length);
            } catch (EOFException truncated) {
                throw new ZipException("The gzip data ends too early");
            }
        }

        /** Bad gzip data always surfaces as a ZipException, so readers can tell it from a client that went away. */
        private InputStream open() throws IOException {
            if (decompressed == null) {
                decompressed = new GZIPInputStream(raw, 16 * 1024);
            }
            return decompressed;
        }
    }

    /** Counts what is read and fails once the body grows beyond the limit. */
    private static final class LimitedStream extends ServletInputStream {

        private final InputStream in;
        private final long limitBytes;
        private long read;
        private boolean finished;

        LimitedStream(InputStream in, long limitBytes) {
            this.in = in;
            this.limitBytes = limitBytes;
        }

        @Override
        public int read() throws IOException {
            int value = in.read();
            count(value < 0 ? -1 : 1);
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = in.read(buffer, offset, length);
            count(count);
            return count;
        }

        private void count(int bytes) throws IOException {
            if (bytes < 0) {
                finished = true;
                return;
            }
            read += bytes;
            if (read > limitBytes) {
                throw new BodyTooLargeException(limitBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return finished;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("Telemetry bodies are read blocking");
        }
    }
}
