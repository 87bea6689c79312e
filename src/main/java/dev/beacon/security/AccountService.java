package dev.beacon.security;

import dev.beacon.security.internal.ApiTokenProperties;
import dev.beacon.security.internal.ApiTokenSecrets;
import dev.beacon.security.internal.JooqApiTokenRepository;
import dev.beacon.security.internal.JooqUserRepository;
import dev.beacon.security.internal.SessionRevoker;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.UserId;
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

/**
 * What every signed-in user does with their own account: profile, password, personal API tokens.
 * Changing the password ends the user's other sessions; creating a token asks for the password too,
 * so that a session left open on someone else's screen cannot mint a long-lived credential.
 */
@Service
@Validated
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private final JooqUserRepository users;
    private final JooqApiTokenRepository tokens;
    private final ApiTokenRevoker revoker;
    private final ApiTokenProperties tokenLimits;
    private final SessionRevoker sessions;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final AuditLog auditLog;
    private final Clock clock;

    AccountService(JooqUserRepository users, JooqApiTokenRepository tokens, ApiTokenRevoker revoker,
                   ApiTokenProperties tokenLimits, SessionRevoker sessions, PasswordEncoder passwordEncoder,
                   CurrentUser currentUser, AuditService audit, AuditLog auditLog, Clock clock) {
        this.audit = audit;
        this.users = users;
        this.tokens = tokens;
        this.revoker = revoker;
        this.tokenLimits = tokenLimits;
        this.sessions = sessions;
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

    /** Sets a new password and ends the user's other sessions; the one making the change stays signed in. */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount me = myAccount();
        String hash = requireCurrentPassword(me.id(), currentPassword);
        PasswordPolicy.problemWith(newPassword, me.username()).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        if (passwordEncoder.matches(newPassword, hash)) {
            throw new InvalidInputException("newPassword", "Choose a password different from the current one");
        }
        users.setPasswordHash(me.id(), passwordEncoder.encode(newPassword), clock.instant());
        sessions.signOutOtherSessions(me.id());
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

    /** The longest validity a new token may have. */
    public Duration maxTokenLifetime() {
        return tokenLimits.maxLifetime();
    }

    /**
     * Creates a personal API token that acts with the current user's rights.
     *
     * @param validFor        how long the token works: positive and at most {@link #maxTokenLifetime()}
     * @param currentPassword the user's password, proving that the user is really at the keyboard
     */
    @Transactional
    public IssuedApiToken createToken(String name, Duration validFor, String currentPassword) {
        if (name == null || name.isBlank() || name.strip().length() > 80) {
            throw new InvalidInputException("name", "Enter a name of 1–80 characters, e.g. where the token is used");
        }
        if (validFor == null || validFor.isNegative() || validFor.isZero()) {
            throw new InvalidInputException("validFor", "Choose how long the token works");
        }
        if (validFor.compareTo(maxTokenLifetime()) > 0) {
            throw new InvalidInputException("validFor",
                    "A token works at most " + inDaysOrHours(maxTokenLifetime()) + ". Choose a shorter validity.");
        }
        requireCurrentPassword(currentUser.id(), currentPassword);
        String secret = ApiTokenSecrets.newSecret();
        Instant expiresAt = clock.instant().plus(validFor);
        ApiToken token = tokens.insert(currentUser.id(), name.strip(), ApiTokenSecrets.displayPrefix(secret),
                ApiTokenSecrets.hash(secret), expiresAt);
        auditLog.created(ApiTokenRevoker.subject(currentUser.username(), token), Map.of("name", token.name(),
                "prefix", token.prefix(), "expiresAt", String.valueOf(expiresAt)));
        return new IssuedApiToken(token, secret);
    }

    @Transactional
    public void revokeToken(UUID tokenId) {
        revoker.revoke(currentUser.id(), currentUser.username(), tokenId);
    }

    private static String inDaysOrHours(Duration duration) {
        return duration.toHoursPart() == 0 ? duration.toDays() + " days" : duration.toHours() + " hours";
    }

    /** Returns the user's password hash when the password matches it. */
    private String requireCurrentPassword(UserId user, String password) {
        String hash = users.passwordHash(user).orElseThrow();
        if (password == null || !passwordEncoder.matches(password, hash)) {
            throw new InvalidInputException("currentPassword", "The current password is not correct");
        }
        return hash;
    }
}
