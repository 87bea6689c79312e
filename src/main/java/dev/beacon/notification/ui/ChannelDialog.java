package dev.beacon.notification.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.beacon.notification.Channel;
import dev.beacon.notification.ChannelData;
import dev.beacon.notification.ChannelService;
import dev.beacon.notification.ChannelType;
import dev.beacon.notification.CreatedChannel;
import dev.beacon.notification.MinimumSeverity;
import dev.beacon.notification.WebhookFormat;
import dev.beacon.security.TeamMember;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.FormSubmission;
import dev.beacon.shared.TeamId;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Adds or edits a channel; shows only the fields its type uses. */
class ChannelDialog extends FormDialog {

    private final ChannelService channels;
    private final TeamId team;
    private final Channel existing;
    private final Consumer<CreatedChannel> onSaved;
    private final TextField name = new TextField("Name");
    private final Select<ChannelType> type = new Select<>();
    private final Checkbox enabled = new Checkbox("Send notices through this channel", true);
    private final MultiSelectComboBox<TeamMember> recipients = new MultiSelectComboBox<>("Members");
    private final TextArea addresses = new TextArea("Further e-mail addresses");
    private final TextField webhookUrl = new TextField("Webhook URL");
    private final Select<WebhookFormat> format = new Select<>();
    private final Select<MinimumSeverity> minSeverity = new Select<>();
    private final TextField modelTags = new TextField("Only models tagged");

    ChannelDialog(ChannelService channels, TeamId team, Channel existing, Consumer<CreatedChannel> onSaved) {
        super(existing == null ? "Add notification channel" : "Edit channel " + existing.name(),
                existing == null ? "Save channel" : "Save changes");
        this.channels = channels;
        this.team = team;
        this.existing = existing;
        this.onSaved = onSaved;
        name.setMaxLength(80);
        name.setRequiredIndicatorVisible(true);
        type.setLabel("Type");
        type.setItems(ChannelType.values());
        type.setItemLabelGenerator(ChannelType::label);
        List<TeamMember> members = channels.members(team);
        recipients.setItems(members);
        recipients.setItemLabelGenerator(member -> member.displayName() + " (" + member.username() + ")");
        recipients.setHelperText("Leave empty for every member of the team");
        addresses.setHelperText("One per line or separated by commas, e.g. a team mailing list");
        webhookUrl.setHelperText("Beacon posts JSON here, signed with X-Beacon-Signature");
        format.setLabel("Payload");
        format.setItems(WebhookFormat.values());
        format.setItemLabelGenerator(WebhookFormat::label);
        format.setValue(WebhookFormat.BEACON);
        minSeverity.setLabel("Severity");
        minSeverity.setItems(MinimumSeverity.values());
        minSeverity.setItemLabelGenerator(MinimumSeverity::label);
        minSeverity.setValue(MinimumSeverity.EVERYTHING);
        minSeverity.setHelperText("The least severe alerts this channel gets; a resolved message follows its alert");
        modelTags.setHelperText("Separated by commas, e.g. gpu, prod: only alerts about models with one of these tags. "
                + "Empty for every model");
        errors.bind("name", name).bind("type", type).bind("recipients", recipients).bind("addresses", addresses)
                .bind("webhookUrl", webhookUrl).bind("minSeverity", minSeverity).bind("modelTags", modelTags);
        keepEnterIn(type, format, addresses, minSeverity);
        form.add(name, type, recipients, addresses, webhookUrl, format, minSeverity, modelTags, enabled);
        if (!channels.emailConfigured()) {
            form.addComponentAtIndex(2, MailWarning.create());
        }
        type.addValueChangeListener(event -> showFieldsOf(event.getValue()));
        fill(existing, members);
    }

    void openDialog() {
        openFocused(name);
    }

    private void fill(Channel channel, List<TeamMember> members) {
        if (channel == null) {
            type.setValue(ChannelType.WEBHOOK);
            return;
        }
        ChannelData data = channel.data();
        name.setValue(data.name());
        type.setValue(data.type());
        enabled.setValue(data.enabled());
        recipients.setValue(members.stream().filter(member -> data.recipients().contains(member.userId())).toList());
        addresses.setValue(String.join("\n", data.addresses()));
        webhookUrl.setValue(data.webhookUrl() == null ? "" : data.webhookUrl());
        format.setValue(data.webhookFormat() == null ? WebhookFormat.BEACON : data.webhookFormat());
        minSeverity.setValue(data.minSeverity());
        modelTags.setValue(String.join(", ", data.modelTags()));
    }

    private void showFieldsOf(ChannelType chosen) {
        recipients.setVisible(chosen != ChannelType.WEBHOOK);
        addresses.setVisible(chosen == ChannelType.EMAIL);
        webhookUrl.setVisible(chosen == ChannelType.WEBHOOK);
        format.setVisible(chosen == ChannelType.WEBHOOK);
    }

    @Override
    protected boolean save() {
        ChannelData data = new ChannelData(name.getValue(), type.getValue(), enabled.getValue(),
                recipients.getValue().stream().map(TeamMember::userId).toList(),
                Arrays.asList(addresses.getValue().split("[,;\\s]+")), webhookUrl.getValue(), format.getValue(),
                minSeverity.getValue(), Arrays.asList(modelTags.getValue().split("[,;\\s]+")));
        CreatedChannel[] saved = new CreatedChannel[1];
        boolean ok = FormSubmission.succeeded(errors, () -> saved[0] = existing == null ? channels.create(team, data)
                : channels.update(team, existing.id(), existing.version(), data));
        if (ok) {
            onSaved.accept(saved[0]);
        }
        return ok;
    }
}
