package dev.beacon.security.internal;

import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.security.PasswordPolicy;
import dev.beacon.security.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.util.Map;

/**
 * On the very first start (no user exists), creates the ADMIN "admin" with the password from
 * BEACON_ADMIN_PASSWORD, or with a random one that is logged once. Never touches an existing user.
 */
@Component
@Order(0)
class InitialAdminCreator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdminCreator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final JooqUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;
    private final String configuredPassword;

    InitialAdminCreator(JooqUserRepository users, PasswordEncoder passwordEncoder, AuditLog auditLog,
                        TransactionTemplate transactions, @Value("${beacon.admin.initial-password:}") String configuredPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            if (!users.isEmpty()) {
                return;
            }
            boolean generated = configuredPassword == null || configuredPassword.isBlank();
            String password = generated ? randomPassword() : configuredPassword;
            PasswordPolicy.problemWith(password, USERNAME).ifPresent(problem -> {
                throw new IllegalStateException("BEACON_ADMIN_PASSWORD is not accepted: " + problem + ". " + PasswordPolicy.HINT);
            });
            UserAccount admin = users.insert(USERNAME, "Administrator", "admin@localhost", passwordEncoder.encode(password), true);
            auditLog.created(new AuditSubject(null, "User", admin.id().toString(), USERNAME),
                    Map.of("username", USERNAME, "admin", true));
            if (generated) {
                log.warn("""

                        ==================================================================
                         Beacon created the first user.  Username: admin
                                                         Password: {}
                         This password is shown only once. Change it after signing in,
                         or set BEACON_ADMIN_PASSWORD before the first start.
                        ==================================================================""", password);
            } else {
                log.info("Beacon created the first user 'admin' with the configured initial password (BEACON_ADMIN_PASSWORD, or the demo password)");
            }
        });
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.append(random.nextInt(10)).toString();
    }
}
