package dev.beacon.shared.secrets;

import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Makes the {@link SecretBox} with Beacon's secret key and refuses to start when the key is malformed or does not
 * match the database (see {@link SecretKeySource} for where the key comes from, {@link SecretKeyCheck} for the match).
 * Needs the database, so it is made after Flyway migrated it.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

    @Bean
    SecretBox secretBox(Environment environment, DSLContext db, Clock clock) {
        SecretKeySource.LoadedKey key = source(environment).load();
        SecretBox box = new SecretBox(key.key());
        new SecretKeyCheck(db, clock).verify(box, key.origin());
        return box;
    }

    static SecretKeySource source(Environment environment) {
        String configuredKey = environment.getProperty("beacon.secret-key", "");
        String keyFile = environment.getProperty("beacon.secret-key-file", "");
        if (StringUtils.hasText(keyFile)) {
            return new SecretKeySource(configuredKey, Path.of(keyFile.strip()), false);
        }
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return new SecretKeySource(configuredKey, null, false);
        }
        if (environment.getProperty("beacon.database.embedded.ephemeral", Boolean.class, false)) {
            return new SecretKeySource(configuredKey, null, true);
        }
        Path dataDirectory = Path.of(environment.getProperty("beacon.database.embedded.data-directory", "data/postgres"));
        return new SecretKeySource(configuredKey, dataDirectory.resolve(SecretKeySource.FILE_NAME), false);
    }
}
