package dev.beacon.maintenance;

import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV export of a filtered ticket list, read back as a spreadsheet would (RFC 4180). */
@IntegrationTest
class TicketExportTest {

    @Autowired
    TestFixtures fixtures;
    @Autowired
    TicketService tickets;

    Team team;
    UserAccount editor;
    Model model;
    String tag;

    @BeforeEach
    void anEditorWithAModel() {
        team = fixtures.team("export");
        editor = fixtures.user("editor");
        fixtures.member(team, editor, TeamRole.EDITOR);
        model = fixtures.model(team, "exported");
        tag = TestFixtures.unique("csv");
    }

    @Test
    void commas_quotes_and_line_breaks_survive_the_round_trip_and_times_are_iso_utc() {
        String title = tag + " Patch \"gateway\", then restart";
        String description = "Step 1: drain\r\nStep 2: \"patch\", restart\nDone";
        Ticket ticket = fixtures.as(editor, () -> tickets.create(team.id(),
                TicketData.of(model.id(), TicketType.SECURITY_PATCH, title).withDescription(description)
                        .withDueDate(LocalDate.of(2026, 12, 24)).withLabels(List.of("cve", "gateway"))
                        .withAssignee(editor.id())));

        List<List<String>> rows = parse(fixtures.as(editor, () -> tickets.csv(TicketFilter.none().withText(tag))));

        assertThat(rows.getFirst()).containsExactlyElementsOf(TicketCsv.HEADER);
        assertThat(rows).hasSize(2);
        List<String> row = rows.get(1);
        assertThat(value(row, "number")).isEqualTo(String.valueOf(ticket.number()));
        assertThat(value(row, "title")).isEqualTo(title);
        assertThat(value(row, "description")).as("line breaks kept as written")
                .isEqualTo("Step 1: drain\nStep 2: \"patch\", restart\nDone");
        assertThat(value(row, "type")).isEqualTo("SECURITY_PATCH");
        assertThat(value(row, "status")).isEqualTo("OPEN");
        assertThat(value(row, "team")).isEqualTo(team.name());
        assertThat(value(row, "model")).isEqualTo(model.data().name());
        assertThat(value(row, "assignee")).isEqualTo(editor.displayName());
        assertThat(value(row, "dueDate")).isEqualTo("2026-12-24");
        assertThat(value(row, "labels")).isEqualTo("cve, gateway");
        assertThat(Instant.parse(value(row, "createdAt"))).isEqualTo(ticket.createdAt());
        assertThat(value(row, "createdAt")).endsWith("Z");
        assertThat(value(row, "closedAt")).isEmpty();
        assertThat(value(row, "link")).endsWith("/tickets/" + ticket.id());
    }

    @Test
    void the_export_holds_exactly_the_filtered_tickets_and_defuses_spreadsheet_formulas() {
        fixtures.as(editor, () -> tickets.create(team.id(), TicketData.of(model.id(), TicketType.OTHER, tag + " open")));
        Ticket closed = fixtures.as(editor, () -> tickets.create(team.id(),
                TicketData.of(model.id(), TicketType.OTHER, tag + " closed").withDescription("=HYPERLINK(\"http://evil\")")));
        fixtures.as(editor, () -> tickets.move(closed.id(), closed.version(), TicketStatus.WONT_DO, null));

        List<List<String>> rows = parse(fixtures.as(editor, () -> tickets.csv(
                TicketFilter.none().withText(tag).withStatuses(Set.of(TicketStatus.WONT_DO)))));

        assertThat(rows).hasSize(2);
        assertThat(value(rows.get(1), "title")).isEqualTo(tag + " closed");
        assertThat(value(rows.get(1), "description")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(Instant.parse(value(rows.get(1), "closedAt"))).isNotNull();
    }

    private static String value(List<String> row, String column) {
        return row.get(TicketCsv.HEADER.indexOf(column));
    }

    /** An RFC 4180 reader: CRLF between records, quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("a bare line break outside quotes").isNotIn('\r', '\n');
                field.append(c);
            }
        }
        assertThat(field).as("the last record ends in CRLF").isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }
}
