package dev.beacon.notification.ui;

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
import dev.beacon.notification.Channel;
import dev.beacon.notification.ChannelService;
import dev.beacon.notification.ChannelType;
import dev.beacon.notification.MinimumSeverity;
import dev.beacon.notification.CreatedChannel;
import dev.beacon.shared.TeamId;
import dev.beacon.shared.ui.Badges;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.Notifications;

/**
 * A team's notification channels: every member sees them; OWNERs add, edit, test and delete them. When Beacon has no
 * SMTP server, the panel says that e-mail channels cannot send.
 */
class ChannelsPanel extends Section {

    private final ChannelService channels;
    private final TeamId team;
    private final boolean canManage;
    private final Grid<Channel> grid = new Grid<>();

    ChannelsPanel(ChannelService channels, TeamId team) {
        this.channels = channels;
        this.team = team;
        this.canManage = channels.canManage(team);
        getStyle().set("display", "block").set("margin-top", "var(--lumo-space-l)");
        HorizontalLayout header = new HorizontalLayout(new H3("Notification channels"));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        if (canManage) {
            header.add(addButton("Add channel"));
        }
        Paragraph hint = new Paragraph("Where Beacon tells this team about alerts and tickets: e-mail, a webhook "
                + "(signed, optionally Slack-compatible) or the bell in Beacon itself.");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        add(header, hint);
        if (!channels.emailConfigured()) {
            add(MailWarning.create());
        }
        configureGrid();
        add(grid);
        refresh();
    }

    private void configureGrid() {
        grid.setAriaLabel("Notification channels");
        grid.addColumn(Channel::name).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(channel -> channel.type().label()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(ChannelsPanel::target).setHeader("Goes to").setFlexGrow(2);
        grid.addColumn(ChannelsPanel::routing).setHeader("Takes").setFlexGrow(1);
        grid.addComponentColumn(channel -> channel.data().enabled() ? Badges.badge("On", Badges.Tone.SUCCESS)
                : Badges.badge("Off", Badges.Tone.CONTRAST)).setHeader("Status").setAutoWidth(true);
        if (canManage) {
            grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        String emptyHint = "Add an e-mail, webhook or in-app channel, so this team hears about firing alerts and new tickets.";
        grid.setEmptyStateComponent(canManage ? new EmptyState("No notification channels yet", emptyHint, addButton("Add the first channel"))
                : new EmptyState("No notification channels yet", emptyHint));
    }

    private static String target(Channel channel) {
        var data = channel.data();
        String members = data.recipients().isEmpty() ? "every member" : data.recipients().size() + " chosen members";
        return switch (channel.type()) {
            case EMAIL -> members + (data.addresses().isEmpty() ? "" : ", " + String.join(", ", data.addresses()));
            case WEBHOOK -> data.webhookUrl() + " (" + data.webhookFormat().label() + ")";
            case IN_APP -> members;
        };
    }

    /** E.g. "Critical only, models tagged gpu or prod". */
    static String routing(Channel channel) {
        var data = channel.data();
        String severity = data.minSeverity() == MinimumSeverity.EVERYTHING ? "All severities" : data.minSeverity().label();
        return severity + (data.modelTags().isEmpty() ? ", every model" : ", models tagged " + String.join(" or ", data.modelTags()));
    }

    private Component actions(Channel channel) {
        Button test = new Button("Send test notification", VaadinIcon.PAPERPLANE.create(), event -> {
            channels.sendTest(team, channel.id());
            Notifications.success("Sent a test notification through " + channel.name());
        });
        test.setAriaLabel("Send test notification through " + channel.name());
        Button edit = new Button(VaadinIcon.EDIT.create(), event -> new ChannelDialog(channels, team, channel, this::saved).openDialog());
        edit.setAriaLabel("Edit channel " + channel.name());
        Button delete = new Button(VaadinIcon.TRASH.create(), event -> confirmDelete(channel));
        delete.setAriaLabel("Delete channel " + channel.name());
        for (Button button : new Button[]{test, edit, delete}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new Span(test, edit, delete);
    }

    private Button addButton(String text) {
        Button add = new Button(text, VaadinIcon.PLUS.create(),
                event -> new ChannelDialog(channels, team, null, this::saved).openDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return add;
    }

    private void saved(CreatedChannel saved) {
        refresh();
        Notifications.success("Saved channel " + saved.channel().name());
        if (saved.secret() != null && saved.channel().type() == ChannelType.WEBHOOK) {
            WebhookSecretDialog.show(saved.secret());
        }
    }

    private void confirmDelete(Channel channel) {
        ConfirmDialogs.confirmDestructive("Delete channel \"" + channel.name() + "\"?",
                "Nothing is sent through it any more. Earlier deliveries stay in the history.", "Delete channel", () -> {
                    channels.delete(team, channel.id());
                    Notifications.success("Deleted channel " + channel.name());
                    refresh();
                });
    }

    private void refresh() {
        grid.setItems(channels.channels(team));
    }
}
