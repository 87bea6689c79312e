package dev.beacon.security;

import dev.beacon.security.internal.ApiTokenSecrets;
import dev.beacon.security.internal.JooqApiTokenRepository;
import dev.beacon.security.internal.JooqUserRepository;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What every signed-in user does with their own account: profile, password, personal API tokens. */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private final JooqUserRepository users;
    private final JooqApiTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final AuditLog auditLog;
    private final Clock clock;

    AccountService(JooqUserRepository users, JooqApiTokenRepository tokens, PasswordEncoder passwordEncoder,
                   CurrentUser currentUser, AuditService audit, AuditLog auditLog, Clock clock) {
        this.audit = audit;
        this.users = users;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public UserAccount myAccount() {
        return users.find(currentUser.id()).orElseThrow(() -> new NotFoundException("Account"));
    }

    @Transactional
    public UserAccount updateProfile(int version, @Valid UserProfile profile) {
        UserAccount before = myAccount();
        UserProfile cleaned = UserAdminService.normalized(profile);
        UserAdminService.validateZone(cleaned.timeZone());
        if (!users.updateProfile(before.id(), version, cleaned, clock.instant())) {
            throw new StaleDataException("Your profile");
        }
        UserAccount after = myAccount();
        auditLog.updated(UserAdminService.subject(after), UserAdminService.snapshot(before), UserAdminService.snapshot(after));
        return after;
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount me = myAccount();
        String hash = users.passwordHash(me.id()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            throw new InvalidInputException("currentPassword", "The current password is not correct");
        }
        PasswordPolicy.problemWith(newPassword, me.username()).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        if (passwordEncoder.matches(newPassword, hash)) {
            throw new InvalidInputException("newPassword", "Choose a password different from the current one");
        }
        users.setPasswordHash(me.id(), passwordEncoder.encode(newPassword), clock.instant());
        auditLog.recorded(UserAdminService.subject(me), "PASSWORD_CHANGED", "Changed own password");
    }

    /** Whether the audit log has anything for the current user: ADMINs and team owners. */
    @Transactional(readOnly = true)
    public boolean canReadAuditLog() {
        return audit.canRead();
    }

    @Transactional(readOnly = true)
    public List<ApiToken> myTokens() {
        return tokens.activeTokensOf(currentUser.id());
    }

    /**
     * Creates a personal API token that acts with the current user's rights.
     *
     * @param validFor how long the token works, or null for no expiry
     */
    @Transactional
    public IssuedApiToken createToken(String name, Duration validFor) {
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw new InvalidInputException("name", "Enter a name of 1–80 characters, e.g. where the token is used");
        }
        if (validFor != null && (validFor.isNegative() || validFor.isZero())) {
            throw new InvalidInputException("validFor", "Choose a positive validity");
        }
        String secret = ApiTokenSecrets.newSecret();
        Instant expiresAt = validFor == null ? null : clock.instant().plus(validFor);
        ApiToken token = tokens.insert(currentUser.id(), name.strip(), ApiTokenSecrets.displayPrefix(secret),
                ApiTokenSecrets.hash(secret), expiresAt);
        auditLog.created(tokenSubject(token), Map.of("name", token.name(), "prefix", token.prefix(),
                "expiresAt", String.valueOf(expiresAt)));
        return new IssuedApiToken(token, secret);
    }

    @Transactional
    public void revokeToken(UUID tokenId) {
        ApiToken token = tokens.findActive(currentUser.id(), tokenId).orElseThrow(() -> new NotFoundException("Token"));
        tokens.revoke(currentUser.id(), tokenId, clock.instant());
        auditLog.recorded(tokenSubject(token), "REVOKED", "Revoked API token " + token.name());
    }

    private AuditSubject tokenSubject(ApiToken token) {
        return new AuditSubject(null, "API token", token.id().toString(), currentUser.username() + "/" + token.name());
    }
}
