package dev.beacon.maintenance;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The workflow's rules on their own: which moves each status allows, and why the others are refused. */
class TicketStatusTest {

    @Test
    void every_status_offers_exactly_the_documented_next_statuses() {
        assertThat(TicketStatus.OPEN.nextStatuses())
                .containsExactlyInAnyOrder(TicketStatus.IN_PROGRESS, TicketStatus.DONE, TicketStatus.WONT_DO);
        assertThat(TicketStatus.IN_PROGRESS.nextStatuses())
                .containsExactlyInAnyOrder(TicketStatus.OPEN, TicketStatus.DONE, TicketStatus.WONT_DO);
        assertThat(TicketStatus.DONE.nextStatuses()).containsExactly(TicketStatus.OPEN);
        assertThat(TicketStatus.WONT_DO.nextStatuses()).containsExactly(TicketStatus.OPEN);
    }

    @Test
    void every_move_the_workflow_refuses_is_exactly_a_move_canMoveTo_refuses() {
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketStatus to : TicketStatus.values()) {
                assertThat(from.refusal(to) == null).as(from + " → " + to).isEqualTo(from.canMoveTo(to));
                assertThat(from.canMoveTo(to)).as(from + " → " + to)
                        .isEqualTo(from != to && (from.isOpen() || to == TicketStatus.OPEN));
            }
        }
        assertThat(EnumSet.allOf(TicketStatus.class).stream().filter(TicketStatus::isOpen))
                .containsExactly(TicketStatus.OPEN, TicketStatus.IN_PROGRESS);
    }
}
