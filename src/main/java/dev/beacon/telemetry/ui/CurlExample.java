package dev.beacon.telemetry.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A curl command that sends one request event, as a team would paste it into a terminal. */
final class CurlExample {

    private CurlExample() {
    }

    /**
     * @param model what the event names: a model id, or a placeholder when the team has no model yet
     */
    static String oneEvent(String secret, String model, Instant now) {
        return "curl -X POST " + baseUrl() + "/api/v1/ingest/events \\\n"
                + "  -H 'Authorization: Bearer " + secret + "' \\\n"
                + "  -H 'Content-Type: application/json' \\\n"
                + "  -d '[{\"model\":\"" + model + "\",\"timestamp\":\"" + now.truncatedTo(ChronoUnit.SECONDS)
                + "\",\"latencyMs\":812,\"inputTokens\":512,\"outputTokens\":128,\"status\":\"ok\"}]'";
    }

    /** Beacon's address as the browser reaches it (proxies included). */
    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? "" : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).toUriString();
    }
}
