package dev.beacon.shared.web;

import dev.beacon.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiDocsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void openapi_description_is_public_and_documents_the_model_and_team_endpoints() throws Exception {
        HttpResponse<String> response = get("/api/docs/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"/api/v1/models\"", "\"/api/v1/models/{id}\"", "\"/api/v1/models/{id}/versions\"", "\"/api/v1/teams\"")
                .contains("\"bearer\"");
    }

    @Test
    void api_docs_page_opens_the_api_browser_without_signing_in() throws Exception {
        HttpResponse<String> response = get("/api/docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.uri().getPath()).startsWith("/api/swagger-ui/");
        assertThat(response.body()).contains("swagger-ui");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
