package dev.beacon;

import dev.beacon.maintenance.Ticket;
import dev.beacon.maintenance.TicketData;
import dev.beacon.maintenance.TicketService;
import dev.beacon.maintenance.TicketType;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.UserAccount;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import java.time.Instant;
import java.util.Collections;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static dev.beacon.jooq.Tables.APP_USER;
import static dev.beacon.jooq.Tables.AUDIT_ENTRY;
import static dev.beacon.jooq.Tables.MODEL;
import static dev.beacon.jooq.Tables.MODEL_VERSION;
import static dev.beacon.jooq.Tables.TEAM;
import static dev.beacon.jooq.Tables.TICKET;
import static dev.beacon.jooq.Tables.TICKET_CHANGE;
import static dev.beacon.jooq.Tables.TICKET_COMMENT;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The database keeps free text within the limits the services check, also for writes that go around
 * the services: the limit itself is stored, one character more is refused by the named constraint.
 */
@IntegrationTest
class DatabaseTextLimitsTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    DSLContext db;
    @Autowired
    TicketService tickets;

    UserAccount user;
    Team team;
    Model model;
    Ticket ticket;

    @BeforeEach
    void aModelOfATeamWithATicket() {
        user = fixtures.user("limits");
        team = fixtures.team("limits");
        model = fixtures.model(team, "limits");
        ticket = fixtures.asAdmin(() -> tickets.create(team.id(), TicketData.of(model.id(), TicketType.OTHER, "Limits")));
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                arguments("app_user_display_name_check", 100, (Column) t -> n -> t.db.update(APP_USER)
                        .set(APP_USER.DISPLAY_NAME, "d".repeat(n)).where(APP_USER.USER_ID.eq(t.user.id()))),
                arguments("app_user_email_check", 254, (Column) t -> n -> t.db.update(APP_USER)
                        .set(APP_USER.EMAIL, "e".repeat(n)).where(APP_USER.USER_ID.eq(t.user.id()))),
                arguments("app_user_time_zone_length", 64, (Column) t -> n -> t.db.update(APP_USER)
                        .set(APP_USER.TIME_ZONE, "z".repeat(n)).where(APP_USER.USER_ID.eq(t.user.id()))),
                arguments("team_name_check", 80, (Column) t -> n -> t.db.update(TEAM)
                        .set(TEAM.NAME, TestFixtures.unique("t") + "n".repeat(n - 10)).where(TEAM.TEAM_ID.eq(t.team.id()))),
                arguments("team_description_length", 500, (Column) t -> n -> t.db.update(TEAM)
                        .set(TEAM.DESCRIPTION, "d".repeat(n)).where(TEAM.TEAM_ID.eq(t.team.id()))),
                arguments("model_name_check", 100, (Column) t -> n -> t.db.update(MODEL)
                        .set(MODEL.NAME, "n".repeat(n)).where(MODEL.MODEL_ID.eq(t.model.id()))),
                arguments("model_description_length", 2000, (Column) t -> n -> t.db.update(MODEL)
                        .set(MODEL.DESCRIPTION, "d".repeat(n)).where(MODEL.MODEL_ID.eq(t.model.id()))),
                arguments("model_endpoint_url_length", 500, (Column) t -> n -> t.db.update(MODEL)
                        .set(MODEL.ENDPOINT_URL, "http://" + "h".repeat(n - 7)).where(MODEL.MODEL_ID.eq(t.model.id()))),
                arguments("model_served_model_name_check", 200, (Column) t -> n -> t.db.update(MODEL)
                        .set(MODEL.SERVED_MODEL_NAME, "s".repeat(n)).where(MODEL.MODEL_ID.eq(t.model.id()))),
                arguments("model_version_label_check", 80, (Column) t -> n -> t.db.update(MODEL)
                        .set(MODEL.VERSION_LABEL, "v".repeat(n)).where(MODEL.MODEL_ID.eq(t.model.id()))),
                arguments("model_tags_size", 20, (Column) t -> n -> t.db.update(MODEL)
                        .set(MODEL.TAGS, Collections.nCopies(n, "t".repeat(40)).toArray(String[]::new))
                        .where(MODEL.MODEL_ID.eq(t.model.id()))),
                arguments("model_version_note_length", 2000, (Column) t -> n -> t.version("v9", "n".repeat(n))),
                arguments("model_version_label_length", 80, (Column) t -> n -> t.version("v".repeat(n), "")),
                arguments("audit_entry_actor_name_length", 300, (Column) t -> n -> t.audit("a".repeat(n), "name", "summary")),
                arguments("audit_entry_entity_name_length", 300, (Column) t -> n -> t.audit("actor", "e".repeat(n), "summary")),
                arguments("ticket_title_check", 200, (Column) t -> n -> t.db.update(TICKET)
                        .set(TICKET.TITLE, "t".repeat(n)).where(TICKET.TICKET_ID.eq(t.ticket.id()))),
                arguments("ticket_description_check", 10_000, (Column) t -> n -> t.db.update(TICKET)
                        .set(TICKET.DESCRIPTION, "d".repeat(n)).where(TICKET.TICKET_ID.eq(t.ticket.id()))),
                arguments("ticket_labels_check", 20, (Column) t -> n -> t.db.update(TICKET)
                        .set(TICKET.LABELS, Collections.nCopies(n, "l".repeat(40)).toArray(String[]::new))
                        .where(TICKET.TICKET_ID.eq(t.ticket.id()))),
                arguments("ticket_completed_version_label_check", 80, (Column) t -> n -> t.db.update(TICKET)
                        .set(TICKET.COMPLETED_VERSION_LABEL, "v".repeat(n)).where(TICKET.TICKET_ID.eq(t.ticket.id()))),
                arguments("ticket_comment_body_check", 10_000, (Column) t -> n -> t.db.insertInto(TICKET_COMMENT)
                        .set(TICKET_COMMENT.TICKET_ID, t.ticket.id()).set(TICKET_COMMENT.BODY, "c".repeat(n))
                        .set(TICKET_COMMENT.CREATED_AT, Instant.now())),
                arguments("ticket_change_new_value_check", 10_000, (Column) t -> n -> t.db.insertInto(TICKET_CHANGE)
                        .set(TICKET_CHANGE.TICKET_ID, t.ticket.id()).set(TICKET_CHANGE.FIELD, "description")
                        .set(TICKET_CHANGE.NEW_VALUE, "n".repeat(n)).set(TICKET_CHANGE.AT, Instant.now())),
                arguments("audit_entry_summary_length", 4000, (Column) t -> n -> t.audit("actor", "name", "s".repeat(n))));
    }

    @ParameterizedTest(name = "{0} allows {1}")
    @MethodSource("limits")
    void the_limit_is_stored_and_one_more_is_refused_by_the_constraint(String constraint, int limit, Column column) {
        IntFunction<Query> write = column.writer(this);

        assertThatCode(() -> write.apply(limit).execute()).doesNotThrowAnyException();
        assertThatThrownBy(() -> write.apply(limit + 1).execute())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("violates check constraint \"" + constraint + "\"");
    }

    /** A write of one column, given the fixtures, as a function of the text's length (or, for tags, count). */
    @FunctionalInterface
    interface Column {
        IntFunction<Query> writer(DatabaseTextLimitsTest test);
    }

    private Query version(String label, String note) {
        return db.insertInto(MODEL_VERSION)
                .set(MODEL_VERSION.MODEL_ID, model.id())
                .set(MODEL_VERSION.VERSION_LABEL, label)
                .set(MODEL_VERSION.NOTE, note)
                .set(MODEL_VERSION.CHANGED_BY_USER_ID, user.id());
    }

    private Query audit(String actorName, String entityName, String summary) {
        return db.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.ACTOR_NAME, actorName)
                .set(AUDIT_ENTRY.ENTITY_TYPE, "Test")
                .set(AUDIT_ENTRY.ENTITY_ID, model.id().toString())
                .set(AUDIT_ENTRY.ENTITY_NAME, entityName)
                .set(AUDIT_ENTRY.ACTION, "TESTED")
                .set(AUDIT_ENTRY.SUMMARY, summary);
    }
}
