package dev.beacon.telemetry.api;

import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /api/docs says about sending telemetry: the ingestion key scheme and curl examples. */
@Configuration(proxyBeanMethods = false)
class IngestApiDocs {

    static final String SCHEME = "ingestionKey";

    static final String EVENTS = """
            Stores a batch of request events of your team's models. The body is a JSON array of events, or \
            `{"events": [...]}`; at most 10,000 events and 5 MB (after decompression) per request. \
            `Content-Encoding: gzip` is welcome.

            **All or nothing**: if any event is invalid, the answer is `400` with an `errors` object naming each \
            offending field (`events[3].latencyMs`) and nothing of the batch is stored. A `200` means the batch \
            is committed. Events with a `clientEventId` that was stored before are counted once: retry a failed \
            request with the same ids and read `duplicates` in the answer.

            ```
            curl -X POST https://beacon.example.org/api/v1/ingest/events \\
              -H "Authorization: Bearer $BEACON_INGESTION_KEY" -H 'Content-Type: application/json' \\
              -d '[{"model":"meta-llama/Llama-3.1-8B-Instruct","timestamp":"2026-11-29T10:15:30Z",
                    "latencyMs":812,"timeToFirstTokenMs":95,"inputTokens":512,"outputTokens":128,
                    "status":"ok","clientEventId":"req-7f3a"}]'
            ```
            Compressed:
            ```
            gzip -c events.json | curl -X POST https://beacon.example.org/api/v1/ingest/events \\
              -H "Authorization: Bearer $BEACON_INGESTION_KEY" -H 'Content-Type: application/json' \\
              -H 'Content-Encoding: gzip' --data-binary @-
            ```""";

    static final String SCORES = """
            Stores a batch of accuracy or evaluation scores: a JSON array, or `{"scores": [...]}`; the same \
            limits and all-or-nothing rule as for events.

            ```
            curl -X POST https://beacon.example.org/api/v1/ingest/scores \\
              -H "Authorization: Bearer $BEACON_INGESTION_KEY" -H 'Content-Type: application/json' \\
              -d '[{"model":"meta-llama/Llama-3.1-8B-Instruct","timestamp":"2026-11-29T10:00:00Z",
                    "name":"faithfulness","value":0.91,"dataset":"support-golden-v3","evaluator":"ragas"}]'
            ```""";

    static final String EVENTS_EXAMPLE = """
            [{"model": "meta-llama/Llama-3.1-8B-Instruct", "timestamp": "2026-11-29T10:15:30.250Z", "latencyMs": 812.5,
              "timeToFirstTokenMs": 95, "inputTokens": 512, "outputTokens": 128, "status": "ok",
              "temperature": 0.7, "maxTokens": 1024, "clientEventId": "req-7f3a"},
             {"model": "meta-llama/Llama-3.1-8B-Instruct", "timestamp": "2026-11-29T10:15:31Z", "latencyMs": 30000,
              "inputTokens": 9000, "outputTokens": 0, "status": "error", "errorType": "timeout", "clientEventId": "req-7f3b"}]""";

    static final String SCORES_EXAMPLE = """
            {"scores": [{"model": "meta-llama/Llama-3.1-8B-Instruct", "timestamp": "2026-11-29T10:00:00Z",
                         "name": "accuracy", "value": 0.87, "dataset": "support-golden-v3", "evaluator": "nightly-eval"}]}""";

    @Bean
    OpenApiCustomizer ingestionKeyScheme() {
        return openApi -> openApi.getComponents().addSecuritySchemes(SCHEME, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("Ingestion key of a team (bik_…), created on the team page or with POST "
                        + "/api/v1/teams/{teamId}/ingestion-keys. It only writes telemetry; it reads nothing."));
    }
}
