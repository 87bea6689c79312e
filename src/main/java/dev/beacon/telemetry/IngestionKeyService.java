package dev.beacon.telemetry;

import dev.beacon.registry.ModelDirectory;
import dev.beacon.registry.ModelFilter;
import dev.beacon.registry.ModelService;
import dev.beacon.registry.ModelSort;
import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.SecretTokens;
import dev.beacon.shared.TeamId;
import dev.beacon.telemetry.ingest.IngestionKeyAuthenticator;
import dev.beacon.telemetry.internal.JooqIngestionKeyRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A team's ingestion keys: what model servers, gateways and collectors send telemetry with. VIEWERs see
 * the keys (never a secret); EDITORs and OWNERs create and revoke them. For everyone else the team does
 * not exist. Each change is audit-logged in the transaction that makes it.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class IngestionKeyService {

    static final int MAX_NAME = 80;
    private static final int MAX_MODEL_CHOICES = 1_000;
    private static final String TEAM = "Team";
    private static final String KEY = "Ingestion key";

    private final JooqIngestionKeyRepository keys;
    private final TeamAccess access;
    private final ModelDirectory directory;
    private final ModelService models;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    IngestionKeyService(JooqIngestionKeyRepository keys, TeamAccess access, ModelDirectory directory, ModelService models,
                        CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.keys = keys;
        this.access = access;
        this.directory = directory;
        this.models = models;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<IngestionKey> keys(TeamId team) {
        access.require(team, TeamRole.VIEWER, TEAM);
        return keys.keysOf(team);
    }

    @Transactional(readOnly = true)
    public IngestionKey key(TeamId team, UUID keyId) {
        access.require(team, TeamRole.VIEWER, TEAM);
        return keys.find(team, keyId).orElseThrow(() -> new NotFoundException(KEY));
    }

    /** Whether the current user may create and revoke the team's keys (EDITOR or more). */
    @Transactional(readOnly = true)
    public boolean canManage(TeamId team) {
        return access.require(team, TeamRole.VIEWER, TEAM).includes(TeamRole.EDITOR);
    }

    /** The team's models, by name, that a new key may be limited to. */
    @Transactional(readOnly = true)
    public List<KeyModelChoice> modelChoices(TeamId team) {
        access.require(team, TeamRole.VIEWER, TEAM);
        return models.find(new ModelFilter(team, null, null, null, null), ModelSort.NAME, true, 0, MAX_MODEL_CHOICES)
                .stream().map(model -> new KeyModelChoice(model.id(), model.name())).toList();
    }

    /** Creates a key; the returned secret is the only copy anyone will ever see. */
    @Transactional
    public IssuedIngestionKey create(TeamId team, NewIngestionKey request) {
        access.require(team, TeamRole.EDITOR, TEAM);
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "Enter a name of 1–80 characters, e.g. where the key is used");
        }
        if (request.modelId() != null && directory.find(request.modelId()).filter(model -> model.team().equals(team)).isEmpty()) {
            throw new InvalidInputException("modelId", "Choose one of this team's models, or none for all of them");
        }
        Instant now = clock.instant();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw new InvalidInputException("expiresAt", "Choose a time in the future, or none for a key that does not expire");
        }
        String secret = SecretTokens.newSecret(IngestionKeyAuthenticator.PREFIX);
        UUID id = keys.insert(team, request.modelId(), name, SecretTokens.displayPrefix(secret, IngestionKeyAuthenticator.PREFIX),
                SecretTokens.hash(secret), currentUser.id(), now, request.expiresAt());
        IngestionKey key = keys.find(team, id).orElseThrow();
        auditLog.created(subject(key), snapshot(key));
        return new IssuedIngestionKey(key, secret);
    }

    /** Revokes a key at once: its next request is refused. Revoking a revoked key changes nothing. */
    @Transactional
    public IngestionKey revoke(TeamId team, UUID keyId) {
        access.require(team, TeamRole.EDITOR, TEAM);
        IngestionKey key = keys.find(team, keyId).orElseThrow(() -> new NotFoundException(KEY));
        if (keys.revoke(keyId, clock.instant())) {
            auditLog.recorded(subject(key), "REVOKED", "Revoked ingestion key " + key.name());
        }
        return keys.find(team, keyId).orElseThrow();
    }

    private static AuditSubject subject(IngestionKey key) {
        return new AuditSubject(key.team(), KEY, key.id().toString(), key.name());
    }

    private static Map<String, Object> snapshot(IngestionKey key) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", key.name());
        state.put("prefix", key.prefix());
        state.put("model", key.modelName() == null ? "all models of the team" : key.modelName());
        state.put("expiresAt", key.expiresAt() == null ? "never" : key.expiresAt().toString());
        return state;
    }
}
