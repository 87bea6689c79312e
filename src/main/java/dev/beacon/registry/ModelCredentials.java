package dev.beacon.registry;

import dev.beacon.registry.internal.JooqModelCredentialRepository;
import dev.beacon.registry.internal.JooqModelQuery;
import dev.beacon.registry.internal.JooqModelRepository;
import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.secrets.SecretBox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * The API key a model's endpoint wants (sent as {@code Authorization: Bearer …} by scrapes, probes and evaluation
 * runs). Beacon must send it, so it is encrypted with Beacon's secret key ({@link SecretBox}), not hashed. Once saved
 * a key is never shown again: people learn only whether a model has one; it is never logged and never put into the
 * audit log, whose entries say only "API key set" or "API key removed". EDITORs set and remove keys, VIEWERs see
 * whether there is one. See docs/design-decisions/0029-secret-key-and-endpoint-credentials.md.
 */
@Service
public class ModelCredentials {

    public static final int MAX_API_KEY = 4096;
    private static final String MODEL = "Model";

    private final JooqModelCredentialRepository repository;
    private final JooqModelRepository models;
    private final JooqModelQuery query;
    private final SecretBox box;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ModelCredentials(JooqModelCredentialRepository repository, JooqModelRepository models, JooqModelQuery query,
                     SecretBox box, TeamAccess access, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.repository = repository;
        this.models = models;
        this.query = query;
        this.box = box;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Sets or replaces the model's key (EDITOR). Surrounding whitespace is dropped; see {@link #requireValid}. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setApiKey(ModelId model, String apiKey) {
        String clean = requireValid(apiKey);
        AuditSubject subject = subject(model, TeamRole.EDITOR);
        boolean replaced = repository.exists(model);
        repository.save(model, box.seal(clean), currentUser.id(), clock.instant());
        auditLog.recorded(subject, "API_KEY_SET", (replaced ? "API key replaced for model " : "API key set for model ") + subject.name());
    }

    /** Removes the model's key (EDITOR); nothing happens when it has none. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void removeApiKey(ModelId model) {
        AuditSubject subject = subject(model, TeamRole.EDITOR);
        if (repository.delete(model)) {
            auditLog.recorded(subject, "API_KEY_REMOVED", "API key removed from model " + subject.name());
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean hasApiKey(ModelId model) {
        subject(model, TeamRole.VIEWER);
        return repository.exists(model);
    }

    /**
     * The plain key, for Beacon's own calls to the model's endpoint only (scraper, prober, evaluation runner): it
     * checks no user, because background work runs as nobody. Never hand its result to a user, a log or a message.
     */
    @Transactional(readOnly = true)
    public Optional<String> apiKey(ModelId model) {
        return repository.sealedKey(model).map(box::open);
    }

    /**
     * The key as it will be stored: one line of printable ASCII without spaces, at most {@value #MAX_API_KEY}
     * characters (it goes into an HTTP header). Throws an {@link InvalidInputException} on field {@code apiKey}.
     */
    public static String requireValid(String apiKey) {
        String clean = apiKey == null ? "" : apiKey.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("apiKey", "Enter the API key");
        }
        if (clean.length() > MAX_API_KEY) {
            throw new InvalidInputException("apiKey", "At most " + MAX_API_KEY + " characters");
        }
        if (!clean.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw new InvalidInputException("apiKey", "Use printable ASCII characters without spaces, as API keys are");
        }
        return clean;
    }

    private AuditSubject subject(ModelId id, TeamRole minimum) {
        TeamId team = models.teamOf(id).orElseThrow(() -> new NotFoundException(MODEL));
        access.require(team, minimum, MODEL);
        Model model = query.find(id).orElseThrow(() -> new NotFoundException(MODEL));
        return new AuditSubject(team, MODEL, id.toString(), model.data().name());
    }
}
