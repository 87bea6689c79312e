package dev.beacon.evaluation;

import dev.beacon.evaluation.internal.JooqAttachmentRepository;
import dev.beacon.evaluation.internal.JooqSuiteRepository;
import dev.beacon.registry.ModelDirectory;
import dev.beacon.security.AuditLog;
import dev.beacon.security.AuditSubject;
import dev.beacon.security.CurrentUser;
import dev.beacon.security.TeamAccess;
import dev.beacon.security.TeamRole;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.StaleDataException;
import dev.beacon.shared.TeamId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which models a suite runs on, when and how. VIEWERs of the suite's team read attachments, EDITORs attach, change and
 * detach; the model must be one of the suite's team. Other teams' suites and models answer "not found".
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AttachmentService {

    private static final String ATTACHMENT = "Attachment";

    private final JooqAttachmentRepository attachments;
    private final JooqSuiteRepository suites;
    private final AttachmentChecks checks;
    private final ModelDirectory models;
    private final TeamAccess access;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    AttachmentService(JooqAttachmentRepository attachments, JooqSuiteRepository suites, AttachmentChecks checks,
                      ModelDirectory models, TeamAccess access, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.attachments = attachments;
        this.suites = suites;
        this.checks = checks;
        this.models = models;
        this.access = access;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Attachment> ofSuite(SuiteId suite) {
        requireSuite(suite, TeamRole.VIEWER);
        return attachments.ofSuite(suite);
    }

    @Transactional(readOnly = true)
    public List<Attachment> ofModel(ModelId model) {
        TeamId team = models.find(model).orElseThrow(() -> new NotFoundException("Model")).team();
        access.require(team, TeamRole.VIEWER, "Model");
        return attachments.ofModel(model);
    }

    @Transactional(readOnly = true)
    public Attachment get(AttachmentId id) {
        Attachment attachment = attachments.find(id).orElseThrow(() -> new NotFoundException(ATTACHMENT));
        requireSuite(attachment.suite(), TeamRole.VIEWER);
        return attachment;
    }

    @Transactional
    public Attachment attach(SuiteId suite, AttachmentData data) {
        Suite ref = requireSuite(suite, TeamRole.EDITOR);
        Instant now = clock.instant();
        checks.check(ref, data, now);
        if (attachments.find(suite, data.model()).isPresent()) {
            throw new InvalidInputException("modelId", "The suite is attached to this model already");
        }
        AttachmentId id;
        try {
            id = attachments.insert(suite, data, nextRun(data, now), currentUser.id(), now);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("modelId", "The suite is attached to this model already");
        }
        Attachment attachment = attachments.find(id).orElseThrow();
        auditLog.created(subject(ref, attachment), snapshot(attachment));
        return attachment;
    }

    /** Saves new settings if nobody changed them since {@code version}; the next scheduled run follows the new schedule. */
    @Transactional
    public Attachment update(AttachmentId id, AttachmentData data, int version) {
        Attachment before = attachments.find(id).orElseThrow(() -> new NotFoundException(ATTACHMENT));
        Suite ref = requireSuite(before.suite(), TeamRole.EDITOR);
        Instant now = clock.instant();
        checks.check(ref, data, now);
        boolean sameSchedule = Objects.equals(before.data().schedule(), data.schedule())
                && before.data().enabled() == data.enabled() && before.nextRunAt() != null;
        try {
            if (!attachments.update(id, version, data, sameSchedule ? before.nextRunAt() : nextRun(data, now))) {
                throw new StaleDataException("This attachment");
            }
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("modelId", "The suite is attached to this model already");
        }
        Attachment after = attachments.find(id).orElseThrow();
        auditLog.updated(subject(ref, after), snapshot(before), snapshot(after));
        return after;
    }

    /** Detaches the suite from the model; its runs stay. */
    @Transactional
    public void detach(AttachmentId id) {
        Attachment attachment = attachments.find(id).orElseThrow(() -> new NotFoundException(ATTACHMENT));
        Suite ref = requireSuite(attachment.suite(), TeamRole.EDITOR);
        attachments.delete(id);
        auditLog.deleted(subject(ref, attachment), snapshot(attachment));
    }

    private Suite requireSuite(SuiteId suite, TeamRole role) {
        Suite ref = suites.find(suite).orElseThrow(() -> new NotFoundException("Suite"));
        access.require(ref.team(), role, "Suite");
        return ref;
    }

    private static Instant nextRun(AttachmentData data, Instant now) {
        return data.enabled() && data.schedule() != null ? data.schedule().next(now) : null;
    }

    private static AuditSubject subject(Suite suite, Attachment attachment) {
        return new AuditSubject(suite.team(), "Evaluation attachment", attachment.id().toString(),
                attachment.suiteName() + " on " + attachment.modelName());
    }

    private static Map<String, Object> snapshot(Attachment attachment) {
        AttachmentData data = attachment.data();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("model", attachment.modelName());
        state.put("schedule", data.schedule() == null ? "Manual only" : data.schedule().describe());
        state.put("sampleSize", data.sampleSize() == null ? "All cases" : data.sampleSize());
        state.put("temperature", data.temperature());
        state.put("maxTokens", data.maxTokens());
        state.put("concurrency", data.concurrency());
        state.put("timeoutSeconds", data.timeoutSeconds());
        state.put("enabled", data.enabled());
        return state;
    }
}
