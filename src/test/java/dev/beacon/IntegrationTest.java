package dev.beacon;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a random port against a real (embedded) PostgreSQL. Every test class
 * that uses it shares one Spring context, so tests create their own uniquely named data. Time comes from
 * a {@link MutableClock} that tests may move forward; e-mail goes to a real SMTP server in the test JVM
 * ({@link TestMailConfiguration}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestFixtures.class, TestClockConfiguration.class, TestMailConfiguration.class})
public @interface IntegrationTest {
}
