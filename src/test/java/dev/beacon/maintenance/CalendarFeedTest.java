package dev.beacon.maintenance;

import dev.beacon.Http;
import dev.beacon.IntegrationTest;
import dev.beacon.TestFixtures;
import dev.beacon.registry.Model;
import dev.beacon.security.Team;
import dev.beacon.security.TeamRole;
import dev.beacon.security.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar feed of a person's due dates: valid RFC 5545, only their open dated tickets, and revocable. */
@IntegrationTest
class CalendarFeedTest {

    @LocalServerPort
    int port;
    @Autowired
    TestFixtures fixtures;
    @Autowired
    TicketService tickets;
    @Autowired
    CalendarFeedService feeds;

    Http http;
    Team team;
    UserAccount alice;
    UserAccount bob;
    Model model;

    @BeforeEach
    void twoEditorsOfOneModel() {
        http = new Http(port);
        team = fixtures.team("calendar");
        alice = fixtures.user("alice");
        bob = fixtures.user("bob");
        fixtures.member(team, alice, TeamRole.EDITOR);
        fixtures.member(team, bob, TeamRole.EDITOR);
        model = fixtures.model(team, "scheduled");
    }

    @Test
    void the_feed_holds_one_all_day_event_per_open_dated_ticket_of_its_owner_folded_and_escaped() {
        Ticket patch = open("Patch, then \\restart; quickly", alice, LocalDate.of(2026, 12, 24),
                "First line\nSecond; line, with comma");
        String longTitle = "Überprüfung der Schwellenwerte für Latenz und Fehlerrate – " + "äöü".repeat(20);
        Ticket review = open(longTitle, alice, LocalDate.of(2027, 1, 31), "");
        open("No due date", alice, null, "");
        Ticket done = open("Already done", alice, LocalDate.of(2026, 12, 1), "");
        fixtures.as(alice, () -> tickets.move(done.id(), done.version(), TicketStatus.DONE, null));
        open("Bob's work", bob, LocalDate.of(2026, 12, 2), "");

        Http.Response response = http.get(path(fixtures.as(alice, () -> feeds.createCalendarToken())));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/calendar");
        String body = response.body();
        assertThat(body).endsWith("END:VCALENDAR\r\n");
        assertThat(body.replace("\r\n", "")).as("every line ends in CRLF").doesNotContain("\r", "\n");
        for (String line : body.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(body).as("the long title is folded").contains("\r\n ");

        List<String> lines = unfold(body);
        assertThat(lines.getFirst()).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0").anyMatch(line -> line.startsWith("PRODID:"));
        List<Map<String, String>> events = events(lines);
        assertThat(events).extracting(event -> event.get("SUMMARY"))
                .containsExactly(patch.headline(), review.headline());

        Map<String, String> first = events.getFirst();
        assertThat(first.get("UID")).isEqualTo("ticket-" + patch.id() + "@beacon");
        assertThat(first.get("DTSTART;VALUE=DATE")).isEqualTo("20261224");
        assertThat(first.get("DTEND;VALUE=DATE")).isEqualTo("20261225");
        assertThat(first.get("URL")).endsWith("/tickets/" + patch.id());
        assertThat(first.get("DESCRIPTION")).contains("First line\nSecond; line, with comma");
        assertThat(first).containsKey("DTSTAMP");
        assertThat(rawLine(lines, "SUMMARY", 0)).contains("Patch\\, then \\\\restart\\; quickly");
        assertThat(events.get(1).get("SUMMARY")).isEqualTo(review.reference() + " Security patch: " + longTitle);
    }

    @Test
    void the_event_uid_stays_the_same_when_the_ticket_changes() {
        Ticket ticket = open("Rotate keys", alice, LocalDate.of(2026, 12, 10), "");
        String feed = path(fixtures.as(alice, () -> feeds.createCalendarToken()));
        String uidBefore = events(unfold(http.get(feed).body())).getFirst().get("UID");

        fixtures.as(alice, () -> tickets.update(ticket.id(), ticket.version(),
                ticket.data().withTitle("Rotate all keys").withDueDate(LocalDate.of(2026, 12, 11))));

        Map<String, String> after = events(unfold(http.get(feed).body())).getFirst();
        assertThat(after.get("UID")).isEqualTo(uidBefore);
        assertThat(after.get("DTSTART;VALUE=DATE")).isEqualTo("20261211");
    }

    @Test
    void a_new_url_replaces_the_old_one_and_a_revoked_or_unknown_url_answers_404() {
        String first = path(fixtures.as(alice, () -> feeds.createCalendarToken()));
        CalendarFeed feed = fixtures.as(alice, () -> feeds.calendarFeed()).orElseThrow();
        assertThat(first).contains("/calendar/" + feed.tokenPrefix().replace("…", ""));
        assertThat(http.get(first).status()).isEqualTo(200);

        String second = path(fixtures.as(alice, () -> feeds.createCalendarToken()));
        assertThat(http.get(first).status()).isEqualTo(404);
        assertThat(http.get(second).status()).isEqualTo(200);

        fixtures.as(alice, () -> feeds.revokeCalendarToken());
        assertThat(http.get(second).status()).isEqualTo(404);
        assertThat(fixtures.as(alice, () -> feeds.calendarFeed())).isEmpty();
        assertThat(http.get("/calendar/bcal_" + "x".repeat(32) + ".ics").status()).isEqualTo(404);
        assertThat(http.get("/calendar/not-a-token.ics").status()).isEqualTo(404);
    }

    @Test
    void the_feed_of_someone_who_left_the_team_no_longer_shows_its_tickets() {
        open("Team work", bob, LocalDate.of(2026, 12, 5), "");
        String feed = path(fixtures.as(bob, () -> feeds.createCalendarToken()));
        assertThat(events(unfold(http.get(feed).body()))).hasSize(1);

        fixtures.removeMember(team, bob);

        assertThat(events(unfold(http.get(feed).body()))).isEmpty();
    }

    private Ticket open(String title, UserAccount assignee, LocalDate due, String description) {
        return fixtures.as(alice, () -> tickets.create(team.id(), TicketData.of(model.id(), TicketType.SECURITY_PATCH, title)
                .withAssignee(assignee.id()).withDueDate(due).withDescription(description)));
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/calendar/"));
    }

    /** RFC 5545 §3.1: a CRLF followed by a space or tab continues the line before. */
    private static List<String> unfold(String body) {
        return List.of(body.replaceAll("\r\n[ \t]", "").split("\r\n"));
    }

    private static String rawLine(List<String> lines, String name, int index) {
        return lines.stream().filter(line -> line.startsWith(name + ":")).toList().get(index);
    }

    /** Each VEVENT's properties, name (with parameters) → unescaped value. */
    private static List<Map<String, String>> events(List<String> lines) {
        List<Map<String, String>> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : lines) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(event);
                event = null;
            } else if (event != null) {
                int colon = line.indexOf(':');
                event.put(line.substring(0, colon), unescape(line.substring(colon + 1)));
            }
        }
        return events;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
