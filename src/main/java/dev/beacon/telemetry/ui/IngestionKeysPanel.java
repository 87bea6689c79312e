package dev.beacon.telemetry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.Notifications;
import dev.beacon.shared.ui.UserTime;
import dev.beacon.telemetry.IngestionKey;
import dev.beacon.telemetry.IngestionKeyService;
import dev.beacon.telemetry.IssuedIngestionKey;
import dev.beacon.telemetry.KeyModelChoice;

import java.time.Clock;
import java.util.List;

/**
 * A team's ingestion keys: every member sees them (never a secret); EDITORs and OWNERs create keys,
 * see the new secret once, and revoke keys.
 */
class IngestionKeysPanel extends Section {

    private final IngestionKeyService keys;
    private final TeamId team;
    private final Clock clock;
    private final boolean canManage;
    private final Grid<IngestionKey> grid = new Grid<>();

    IngestionKeysPanel(IngestionKeyService keys, TeamId team, Clock clock) {
        this.keys = keys;
        this.team = team;
        this.clock = clock;
        this.canManage = keys.canManage(team);
        getStyle().set("display", "block").set("margin-top", "var(--lumo-space-l)");
        HorizontalLayout header = new HorizontalLayout(new H3("Ingestion keys"));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (canManage) {
            header.add(createButton("New ingestion key"));
        }
        Paragraph hint = new Paragraph("Model servers, gateways and OpenTelemetry collectors send this team's telemetry "
                + "with an ingestion key: REST batches to /api/v1/ingest/events and /api/v1/ingest/scores, OTLP to "
                + "/v1/traces and /v1/metrics. A key only writes; it cannot read anything.");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        configureGrid();
        add(header, hint, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setAriaLabel("Ingestion keys");
        grid.addColumn(IngestionKey::name).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(key -> {
            Span prefix = new Span(key.prefix());
            prefix.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
            return prefix;
        }).setHeader("Starts with").setWidth("9em").setFlexGrow(0);
        grid.addColumn(key -> key.modelName() == null ? "All models" : key.modelName()).setHeader("Model").setAutoWidth(true);
        grid.addComponentColumn(IngestionKeysPanel::created).setHeader("Created").setAutoWidth(true);
        grid.addColumn(key -> key.expiresAt() == null ? "Never" : UserTime.format(key.expiresAt())).setHeader("Expires").setAutoWidth(true);
        grid.addColumn(key -> key.lastUsedAt() == null ? "Never" : UserTime.format(key.lastUsedAt())).setHeader("Last used").setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader("Status").setAutoWidth(true);
        if (canManage) {
            grid.addComponentColumn(this::revokeButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(canManage
                ? new EmptyState("No ingestion keys yet", emptyHint(), createButton("Create the first key"))
                : new EmptyState("No ingestion keys yet", emptyHint()));
    }

    private static String emptyHint() {
        return "An ingestion key lets your model servers and clients report how each model is doing — latency, "
                + "tokens, errors, evaluation scores — so Beacon can chart it and alert on it. Create one key per "
                + "client, so you can revoke them one by one.";
    }

    /** When on the first line, by whom below it, so the grid stays narrow enough for the page. */
    private static Component created(IngestionKey key) {
        Span by = new Span("by " + key.createdBy());
        by.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                .set("color", "var(--lumo-secondary-text-color)");
        return new Span(new Span(UserTime.format(key.createdAt())), by);
    }

    private Component status(IngestionKey key) {
        return switch (key.status(clock.instant())) {
            case ACTIVE -> Badges.badge("Active", Badges.Tone.SUCCESS);
            case EXPIRED -> Badges.badge("Expired", Badges.Tone.WARNING);
            case REVOKED -> Badges.badge("Revoked", Badges.Tone.ERROR);
        };
    }

    private Component revokeButton(IngestionKey key) {
        if (key.revokedAt() != null) {
            return new Span();
        }
        Button revoke = new Button("Revoke", VaadinIcon.BAN.create(), event -> confirmRevoke(key));
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setAriaLabel("Revoke key " + key.name());
        return revoke;
    }

    private Button createButton(String text) {
        Button create = new Button(text, VaadinIcon.PLUS.create(), event -> {
            List<KeyModelChoice> models = keys.modelChoices(team);
            new NewIngestionKeyDialog(keys, team, models, clock, issued -> {
                refresh();
                new IngestionKeySecretDialog(issued, CurlExample.oneEvent(issued.secret(), exampleModel(issued, models),
                        clock.instant())).open();
            }).openDialog();
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return create;
    }

    /** The key's own model, else any model of the team, so the example works as pasted. */
    private static String exampleModel(IssuedIngestionKey issued, List<KeyModelChoice> models) {
        if (issued.key().model() != null) {
            return issued.key().model().toString();
        }
        return models.isEmpty() ? "YOUR-MODEL-ID" : models.getFirst().id().toString();
    }

    private void confirmRevoke(IngestionKey key) {
        ConfirmDialogs.confirmDestructive("Revoke key \"" + key.name() + "\"?",
                "Clients that send telemetry with it get \"401 Unauthorized\" from their next request on. This cannot be undone.",
                "Revoke key", () -> {
                    keys.revoke(team, key.id());
                    Notifications.success("Revoked ingestion key " + key.name());
                    refresh();
                });
    }

    private void refresh() {
        grid.setItems(keys.keys(team));
    }
}
