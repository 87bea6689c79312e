package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.beacon.evaluation.CaseFormat;
import dev.beacon.evaluation.CaseImportException;
import dev.beacon.evaluation.ImportMode;
import dev.beacon.evaluation.ImportProblem;
import dev.beacon.evaluation.ImportReport;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.ui.FormDialog;
import dev.beacon.shared.ui.Notifications;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Imports cases from a .csv or .jsonl file, appended to the suite's cases or replacing them. A file with mistakes
 * imports nothing: every problem is listed with its line in the file, e.g. "Line 7 — expected: Enter the expected
 * answer", so it can be fixed and uploaded again.
 */
class CaseImportDialog extends FormDialog {

    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final SuiteService suites;
    private final SuitePage page;
    private final AtomicReference<Received> received = new AtomicReference<>();
    private volatile Received chosen;
    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>("Imported cases");
    final Upload upload;
    final Span file = new Span("No file chosen yet");
    final Div problems = new Div();

    CaseImportDialog(SuiteService suites, SuitePage page) {
        super("Import cases", "Import");
        this.suites = suites;
        this.page = page;
        setWidth("min(40rem, 95vw)");
        int existing = page.suite().caseCount();
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(choice -> choice == ImportMode.APPEND
                ? "Add to the " + existing + (existing == 1 ? " case" : " cases") + " the suite has"
                : "Replace all cases of the suite");
        mode.setValue(ImportMode.APPEND);
        upload = upload();
        Paragraph help = new Paragraph("A .csv file (a header row with prompt or messages, expected, and optionally "
                + "scorer, scorer_options and tags) or a .jsonl file (one JSON object per line with the same names). "
                + "See docs/evaluation-formats.md.");
        help.getStyle().set("margin", "0");
        file.addClassName("import-file");
        problems.addClassName("beacon-import-problems");
        problems.getElement().setAttribute("role", "alert");
        form.add(help, mode, upload, file, problems);
        keepEnterIn(mode);
    }

    void show() {
        openFocused(mode);
    }

    private Upload upload() {
        Upload files = new Upload(UploadHandler.inMemory((metadata, bytes) -> received.set(new Received(metadata.fileName(), bytes))));
        files.setAcceptedFileTypes(".csv", ".jsonl", "text/csv", "application/jsonl", "application/x-ndjson");
        files.setMaxFileSize(MAX_FILE_BYTES);
        files.setDropLabel(new Span("Drop a .csv or .jsonl file here (up to 5 MB)"));
        // with an UploadHandler, "all finished" is the event that follows the handler's callback
        files.addAllFinishedListener(event -> {
            Received arrived = received.getAndSet(null);
            if (arrived != null) {
                chosen = arrived;
                file.setText("Ready to import: " + arrived.name());
                problems.removeAll();
            }
        });
        files.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage()));
        return files;
    }

    @Override
    protected boolean save() {
        problems.removeAll();
        Received toImport = chosen;
        if (toImport == null) {
            problems.add(new Paragraph("Choose a .csv or .jsonl file first."));
            return false;
        }
        try {
            ImportReport report = suites.importCases(page.suite().id(), toImport.format(),
                    new String(toImport.bytes(), StandardCharsets.UTF_8), mode.getValue());
            Notifications.success("Imported " + report.imported() + (report.imported() == 1 ? " case" : " cases"));
            page.reload().run();
            return true;
        } catch (CaseImportException refused) {
            UnorderedList list = new UnorderedList();
            for (ImportProblem problem : refused.problems()) {
                list.add(new ListItem(describe(problem)));
            }
            problems.add(new Paragraph("Nothing was imported. Fix these lines in " + toImport.name() + " and upload it again:"), list);
            return false;
        } catch (InvalidInputException refused) {
            problems.add(new Paragraph("Nothing was imported: " + refused.getMessage()));
            return false;
        }
    }

    /** "Line 7 — expected: Enter the expected answer"; a problem of the whole file has no line. */
    static String describe(ImportProblem problem) {
        String where = problem.line() > 0 ? "Line " + problem.line() + " — " : "";
        String field = problem.field() == null || problem.field().isBlank() ? "" : problem.field() + ": ";
        return where + field + problem.message();
    }

    private record Received(String name, byte[] bytes) {

        CaseFormat format() {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? CaseFormat.JSONL : CaseFormat.CSV;
        }
    }
}
