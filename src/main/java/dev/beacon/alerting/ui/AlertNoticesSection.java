package dev.beacon.alerting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.beacon.alerting.AlertNotice;
import dev.beacon.alerting.AlertResponseService;
import dev.beacon.notification.Delivery;
import dev.beacon.notification.DeliveryAttempt;
import dev.beacon.shared.ModelId;
import dev.beacon.shared.ui.UserTime;

import java.util.stream.Collectors;

/** The notices the model's alerts sent or held back, each delivery with every attempt (time, outcome, HTTP status, error). */
class AlertNoticesSection extends VerticalLayout {

    private static final int SHOWN = 30;

    AlertNoticesSection(AlertResponseService responses, ModelId model) {
        setPadding(false);
        add(new H3("Notifications"));
        var notices = responses.notices(model, SHOWN);
        if (notices.isEmpty()) {
            add(new Span("No alert has notified anyone yet."));
            return;
        }
        Grid<AlertNotice> grid = new Grid<>();
        grid.addClassName("alert-notices");
        grid.setAriaLabel("Alert notifications");
        grid.addColumn(notice -> UserTime.format(notice.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AlertNotice::ruleSummary).setHeader("Rule").setFlexGrow(2);
        grid.addColumn(AlertNoticesSection::what).setHeader("Notice").setAutoWidth(true);
        grid.addColumn(AlertNoticesSection::outcome).setHeader("Delivery").setFlexGrow(3);
        grid.setItems(notices);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private static String what(AlertNotice notice) {
        String state = notice.reminder() ? "Still firing" : notice.state().label();
        return state + (notice.severity() == null ? "" : " (" + notice.severity().label() + ")");
    }

    private static String outcome(AlertNotice notice) {
        if (notice.mutedBy() != null) {
            return "Not sent: " + notice.mutedBy();
        }
        if (notice.deliveries().isEmpty()) {
            return "Queued";
        }
        return notice.deliveries().stream().map(AlertNoticesSection::delivery).collect(Collectors.joining("; "));
    }

    private static String delivery(Delivery delivery) {
        String attempts = delivery.attempts().stream().map(AlertNoticesSection::attempt).collect(Collectors.joining(", "));
        return delivery.target() + " (" + delivery.type().label() + "): " + delivery.status().name().toLowerCase()
                + (attempts.isEmpty() ? "" : " — " + attempts) + (delivery.detail() == null ? "" : " — " + delivery.detail());
    }

    private static String attempt(DeliveryAttempt attempt) {
        String result = attempt.httpStatus() != null ? "HTTP " + attempt.httpStatus()
                : attempt.error() != null ? attempt.error() : attempt.delivered() ? "sent" : "failed";
        return "#" + attempt.attempt() + " " + UserTime.formatPrecise(attempt.at()) + " " + result
                + (attempt.groupedWith() == 0 ? "" : " (" + attempt.groupNote() + ")");
    }
}
