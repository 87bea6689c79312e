package dev.beacon.evaluation;

import dev.beacon.IntegrationTest;
import dev.beacon.MutableClock;
import dev.beacon.RecordCopy;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.AuditEntry;
import dev.beacon.security.AuditFilter;
import dev.beacon.security.AuditService;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.StaleDataException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AttachmentServiceTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    SuiteService suites;
    @Autowired
    AttachmentService attachments;
    @Autowired
    AuditService audit;
    @Autowired
    MutableClock clock;

    Team team;
    UserAccount editor;
    Model model;
    Suite suite;

    @BeforeEach
    void aSuiteAndAModel() {
        team = fixtures.team("attach");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        model = fixtures.model(team, "attached");
        suite = new EvalFixtures(fixtures, suites).arithmetic(editor, team, 1);
    }

    @Test
    void an_editor_attaches_a_suite_with_a_schedule_and_its_next_run_follows_it() {
        AttachmentData hourly = new AttachmentData(model.id(), RunSchedule.everyMinutes(60), 5, new BigDecimal("0.2"), 128,
                4, 20, true);

        Attachment attachment = fixtures.as(editor, () -> attachments.attach(suite.id(), hourly));

        assertThat(attachment.suiteName()).isEqualTo(suite.name());
        assertThat(attachment.modelName()).isEqualTo(model.data().name());
        assertThat(attachment.data()).isEqualTo(hourly);
        assertThat(attachment.nextRunAt()).isBetween(clock.instant().plus(Duration.ofMinutes(59)),
                clock.instant().plus(Duration.ofMinutes(60)));
        assertThat(fixtures.as(editor, () -> attachments.ofSuite(suite.id()))).containsExactly(attachment);
        assertThat(fixtures.as(editor, () -> attachments.ofModel(model.id()))).containsExactly(attachment);
    }

    @Test
    void a_manual_or_disabled_attachment_has_no_next_run() {
        Attachment manual = fixtures.as(editor, () -> attachments.attach(suite.id(), AttachmentData.defaults(model.id())));
        assertThat(manual.nextRunAt()).isNull();

        AttachmentData disabled = new AttachmentData(model.id(), RunSchedule.cron("0 6 * * *", ZoneId.of("Europe/Berlin")),
                null, BigDecimal.ZERO, 256, 2, 30, false);
        Attachment updated = fixtures.as(editor, () -> attachments.update(manual.id(), disabled, manual.version()));
        assertThat(updated.nextRunAt()).isNull();
        assertThat(updated.data().schedule().describe()).isEqualTo("Cron 0 0 6 * * * (Europe/Berlin)");

        Attachment enabled = fixtures.as(editor, () -> attachments.update(manual.id(),
                RecordCopy.with(disabled, "enabled", true), updated.version()));
        assertThat(enabled.nextRunAt().atZone(ZoneId.of("Europe/Berlin")).getHour()).isEqualTo(6);
    }

    @Test
    void settings_out_of_range_are_refused_naming_the_field() {
        AttachmentData valid = AttachmentData.defaults(model.id());
        assertRefused(RecordCopy.with(valid, "sampleSize", 0), "sampleSize");
        assertRefused(RecordCopy.with(valid, "temperature", new BigDecimal("2.5")), "temperature");
        assertRefused(RecordCopy.with(valid, "temperature", new BigDecimal("0.125")), "temperature");
        assertRefused(RecordCopy.with(valid, "maxTokens", 0), "maxTokens");
        assertRefused(RecordCopy.with(valid, "concurrency", 17), "concurrency");
        assertRefused(RecordCopy.with(valid, "timeoutSeconds", 601), "timeoutSeconds");
        assertRefused(RecordCopy.with(valid, "schedule", RunSchedule.cron("0 0 0 30 2 *", ZoneId.of("UTC"))), "cron");
        assertThat(fixtures.as(editor, () -> attachments.ofSuite(suite.id()))).isEmpty();
    }

    @Test
    void a_suite_is_attached_to_a_model_once() {
        fixtures.as(editor, () -> attachments.attach(suite.id(), AttachmentData.defaults(model.id())));

        assertRefused(AttachmentData.defaults(model.id()), "modelId");
    }

    @Test
    void a_stale_version_is_refused_instead_of_overwriting() {
        Attachment attachment = fixtures.as(editor, () -> attachments.attach(suite.id(), AttachmentData.defaults(model.id())));
        fixtures.as(editor, () -> attachments.update(attachment.id(), RecordCopy.with(attachment.data(), "concurrency", 4),
                attachment.version()));

        assertThatThrownBy(() -> fixtures.as(editor, () -> attachments.update(attachment.id(),
                RecordCopy.with(attachment.data(), "concurrency", 8), attachment.version())))
                .isInstanceOf(StaleDataException.class);
    }

    @Test
    void attaching_changing_and_detaching_are_audited() {
        Attachment attachment = fixtures.as(editor, () -> attachments.attach(suite.id(), AttachmentData.defaults(model.id())));
        fixtures.as(editor, () -> attachments.update(attachment.id(), RecordCopy.with(attachment.data(), "concurrency", 4),
                attachment.version()));
        fixtures.as(editor, () -> attachments.detach(attachment.id()));

        assertThat(fixtures.as(editor, () -> attachments.ofSuite(suite.id()))).isEmpty();
        var entries = fixtures.asAdmin(() -> audit.find(new AuditFilter(team.id(), "", "Evaluation attachment"), 0, 10));
        assertThat(entries).extracting(AuditEntry::action).containsExactlyInAnyOrder("CREATED", "UPDATED", "DELETED");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.entityName()).isEqualTo(suite.name() + " on " + model.data().name());
            assertThat(entry.actorName()).isEqualTo(editor.username());
        });
    }

    private void assertRefused(AttachmentData data, String field) {
        assertThatThrownBy(() -> fixtures.as(editor, () -> attachments.attach(suite.id(), data)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
