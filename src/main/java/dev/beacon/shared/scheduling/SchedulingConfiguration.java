package dev.beacon.shared.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * Beacon's background work (rollups, retention, scrapes, probes, alert evaluation) runs on a schedule,
 * each job on one instance at a time: ShedLock keeps a lock row per job in the shared database, with the
 * database's clock, so instances behind a load balancer never run the same job twice at once.
 * {@code beacon.background-jobs.enabled=false} switches all schedules off (tests run the jobs by hand).
 * See docs/design-decisions/0011-one-instance-at-a-time.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "beacon.background-jobs.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(instanceName())
                .build());
    }

    /** Who holds a lock, as the shedlock table shows it: host and process, unique even for two instances on one host. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + " pid " + ProcessHandle.current().pid() + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
