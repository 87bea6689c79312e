package dev.beacon.alerting;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How alerting runs.
 *
 * @param interval    how often every rule is evaluated (one cycle)
 * @param reviewAfter a rule not reviewed for this long comes first on the thresholds page
 * @param repeatInterval while an alert keeps firing unacknowledged, the team is reminded this often; also how long
 *                       the same transition's notice (rule, state, severity) is not sent again
 */
@ConfigurationProperties("beacon.alerting")
public record AlertingProperties(Duration interval, Duration reviewAfter, Duration repeatInterval) {

    public AlertingProperties {
        if (interval == null) interval = Duration.ofSeconds(15);
        if (reviewAfter == null) reviewAfter = Duration.ofDays(90);
        if (repeatInterval == null) repeatInterval = Duration.ofHours(4);
    }
}
