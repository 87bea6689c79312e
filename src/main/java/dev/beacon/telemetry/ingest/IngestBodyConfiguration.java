package dev.beacon.telemetry.ingest;

import dev.beacon.telemetry.TelemetryProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link IngestBodyFilter} in front of every path that takes telemetry. */
@Configuration(proxyBeanMethods = false)
class IngestBodyConfiguration {

    /** After Spring Security (order -100): a caller without a valid key gets 401 before any of its body is read. */
    private static final int AFTER_SECURITY = 0;

    @Bean
    FilterRegistrationBean<IngestBodyFilter> ingestBodyFilter(TelemetryProperties properties) {
        var registration = new FilterRegistrationBean<>(new IngestBodyFilter(properties.maxBatchSize().toBytes()));
        registration.addUrlPatterns("/api/v1/ingest/*", "/v1/traces", "/v1/metrics");
        registration.setOrder(AFTER_SECURITY);
        return registration;
    }
}
