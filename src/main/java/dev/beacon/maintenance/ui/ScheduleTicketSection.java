package dev.beacon.maintenance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import dev.beacon.maintenance.Schedule;
import dev.beacon.maintenance.ScheduleService;
import dev.beacon.maintenance.Ticket;
import dev.beacon.shared.NotFoundException;

/** The ticket page's "Schedule" section for tickets a recurring schedule opened: which one, and when it comes next. */
@org.springframework.stereotype.Component
class ScheduleTicketSection implements TicketPageSection {

    private final ScheduleService schedules;

    ScheduleTicketSection(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @Override
    public String label() {
        return "Schedule";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Component create(Ticket ticket) {
        if (ticket.schedule() == null) {
            return null;
        }
        try {
            Schedule schedule = schedules.get(ticket.schedule());
            Paragraph text = new Paragraph("Opened by the recurring schedule \"" + schedule.describe() + "\". "
                    + SchedulesPanel.next(schedule) + " " + SchedulesPanel.rule(schedule.data().recurrence()));
            text.addClassName("ticket-schedule");
            return text;
        } catch (NotFoundException deleted) {
            return new Paragraph("Opened by a recurring schedule that has since been deleted.");
        }
    }
}
