package dev.beacon.telemetry.ingest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * Bodies of telemetry requests: "Content-Encoding: gzip" is decompressed while the body is read, and no
 * body may grow beyond the limit, compressed or not — so neither a huge upload nor a small gzip bomb
 * can fill the heap. A declared Content-Length over the limit is refused before anything is read.
 */
class IngestBodyFilter extends OncePerRequestFilter {

    private final long limitBytes;

    IngestBodyFilter(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
        String coding = encoding == null ? "identity" : encoding.strip().toLowerCase(Locale.ROOT);
        boolean gzip = coding.equals("gzip") || coding.equals("x-gzip");
        if (!gzip && !coding.equals("identity") && !coding.isEmpty()) {
            reject(response, 415, "Unsupported Media Type", "Send the body uncompressed or with Content-Encoding: gzip");
            return;
        }
        if (request.getContentLengthLong() > limitBytes) {
            reject(response, 413, "Content Too Large", "The request body is larger than " + describe(limitBytes)
                    + "; send smaller batches");
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, gzip, limitBytes), response);
    }

    static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static void reject(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
