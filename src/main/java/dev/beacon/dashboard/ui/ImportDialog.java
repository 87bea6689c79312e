package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.beacon.dashboard.Dashboard;
import dev.beacon.dashboard.DashboardDefinition;
import dev.beacon.dashboard.DashboardTransfer;
import dev.beacon.registry.TeamChoice;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.Notifications;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Creates a dashboard from its JSON (a file or pasted text) in one of the user's teams. A refused import
 * lists every problem the service named, each with its place in the file, and creates nothing.
 */
class ImportDialog extends FormDialog {

    private static final int MAX_FILE_BYTES = 1024 * 1024;

    private final DashboardTransfer transfer;
    private final Select<TeamChoice> team = new Select<>();
    private final TextField name = new TextField("Name");
    private final TextArea json = new TextArea("Dashboard JSON");
    private final Div problems = new Div();

    ImportDialog(DashboardTransfer transfer, List<TeamChoice> teams) {
        super("Import dashboard", "Import");
        this.transfer = transfer;
        setWidth("min(44rem, 95vw)");
        team.setLabel("Team");
        team.setItems(teams);
        team.setItemLabelGenerator(TeamChoice::name);
        team.setValue(teams.getFirst());
        name.setMaxLength(DashboardDefinition.MAX_NAME);
        name.setHelperText("Leave empty to use the name in the JSON");
        json.setHelperText("Exported from a dashboard (Export JSON), or written by hand: see docs/dashboard-json-format.md");
        json.setHeight("14rem");
        json.addClassName("beacon-json");
        problems.addClassName("beacon-import-problems");
        problems.getElement().setAttribute("role", "alert");
        form.add(team, name, upload(), json, problems);
        keepEnterIn(json, team);
    }

    void openDialog() {
        openFocused(json);
    }

    /** A .json file fills the text area, where it can be checked before the import. */
    private Upload upload() {
        AtomicReference<byte[]> received = new AtomicReference<>();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> received.set(bytes)));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.addSucceededListener(e -> {
            byte[] bytes = received.getAndSet(null);
            if (bytes != null) {
                json.setValue(new String(bytes, StandardCharsets.UTF_8));
            }
        });
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        return upload;
    }

    @Override
    protected boolean save() {
        problems.removeAll();
        try {
            Dashboard imported = transfer.importJson(team.getValue().id(), json.getValue(), name.getValue());
            Notifications.success("Imported " + imported.name());
            UI.getCurrent().navigate(DashboardView.route(imported.id()));
            return true;
        } catch (InvalidInputException refused) {
            UnorderedList list = new UnorderedList();
            refused.asFieldErrors().forEach((field, message) -> list.add(new ListItem(field + ": " + message)));
            problems.add(new Paragraph("Nothing was imported. Fix these and try again:"), list);
            return false;
        }
    }
}
