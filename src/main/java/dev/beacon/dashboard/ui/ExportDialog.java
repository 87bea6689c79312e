package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The dashboard's JSON, to keep as code: shown to read or copy, and as a file to download. Import it
 * into any team (or another Beacon) from the dashboards list.
 */
class ExportDialog extends Dialog {

    ExportDialog(String dashboardName, String json) {
        setHeaderTitle("Export " + dashboardName);
        setWidth("min(44rem, 95vw)");
        TextArea text = new TextArea("Dashboard JSON (format version 1)");
        text.setValue(json);
        text.setReadOnly(true);
        text.setWidthFull();
        text.setHeight("20rem");
        text.addClassName("beacon-json");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String fileName = dashboardName.replaceAll("[^A-Za-z0-9._-]+", "-") + ".dashboard.json";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event ->
                new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/json", bytes.length)), "");
        download.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(" Download " + fileName));
        download.setDownload(true);
        add(new Paragraph("Models are named by id and by name, so an import into another team finds them by name."),
                text, download);
        Button close = new Button("Close", e -> close());
        getFooter().add(close);
        setCloseOnEsc(true);
    }
}
