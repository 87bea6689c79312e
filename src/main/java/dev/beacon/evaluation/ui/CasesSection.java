package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.beacon.evaluation.CaseFormat;
import dev.beacon.evaluation.CaseId;
import dev.beacon.evaluation.EvalCase;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.shared.ui.ConfirmDialogs;
import dev.beacon.shared.ui.EmptyState;
import dev.beacon.shared.ui.Notifications;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The suite's cases in their order, with Add case, Import and the two exports; Edit and Delete per case. */
class CasesSection extends Section {

    static final String ACTIONS = "actions";

    private final SuiteService suites;
    private final SuitePage page;
    final Grid<EvalCase> grid = new Grid<>();

    CasesSection(SuiteService suites, SuitePage page) {
        this.suites = suites;
        this.page = page;
        addClassName("suite-cases");
        getStyle().set("margin-top", "var(--lumo-space-l)");
        Suite suite = page.suite();
        HorizontalLayout actions = new HorizontalLayout(export(suite, CaseFormat.CSV, "csv", "text/csv; charset=utf-8"),
                export(suite, CaseFormat.JSONL, "jsonl", "application/jsonl; charset=utf-8"));
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (page.canEdit()) {
            Button importCases = new Button("Import", VaadinIcon.UPLOAD.create(), event -> new CaseImportDialog(suites, page).show());
            Button add = new Button("Add case", VaadinIcon.PLUS.create(), event -> new CaseDialog(suites, page, null).show());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(importCases, add);
        }
        HorizontalLayout header = new HorizontalLayout(new H3("Cases"), actions);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        List<EvalCase> cases = suites.cases(suite.id());
        configureGrid(cases);
        add(header, cases.isEmpty() ? emptyState() : grid);
    }

    private void configureGrid(List<EvalCase> cases) {
        Map<CaseId, Integer> numbers = new HashMap<>();
        cases.forEach(evalCase -> numbers.put(evalCase.id(), numbers.size() + 1));
        grid.addColumn(evalCase -> numbers.get(evalCase.id())).setHeader("#").setWidth("4rem").setFlexGrow(0);
        grid.addColumn(evalCase -> evalCase.data().question()).setHeader("Question")
                .setFlexGrow(3).setTooltipGenerator(evalCase -> evalCase.data().question());
        grid.addColumn(evalCase -> evalCase.data().expected()).setHeader("Expected").setFlexGrow(2)
                .setTooltipGenerator(evalCase -> evalCase.data().expected());
        grid.addColumn(evalCase -> evalCase.data().scorer() == null ? "Suite default"
                : ScorerText.describe(evalCase.data().scorer(), page::modelName)).setHeader("Scorer").setFlexGrow(2);
        grid.addColumn(evalCase -> String.join(", ", evalCase.data().tags())).setHeader("Tags").setFlexGrow(1);
        if (page.canEdit()) {
            grid.addComponentColumn(this::rowActions).setKey(ACTIONS).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(cases);
        grid.setAllRowsVisible(cases.size() <= 25);
        if (cases.size() > 25) {
            grid.setHeight("36rem");
        }
        grid.addClassName("cases-grid");
    }

    private Component rowActions(EvalCase evalCase) {
        Button edit = new Button(VaadinIcon.EDIT.create(), event -> new CaseDialog(suites, page, evalCase).show());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel("Edit case");
        edit.setTooltipText("Edit case");
        Button delete = new Button(VaadinIcon.TRASH.create(), event -> confirmDelete(evalCase));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete case");
        delete.setTooltipText("Delete case");
        return new HorizontalLayout(edit, delete);
    }

    private void confirmDelete(EvalCase evalCase) {
        ConfirmDialogs.confirmDestructive("Delete this case?",
                "\"" + abbreviated(evalCase.data().question()) + "\" is removed from the suite. "
                        + "Results of earlier runs keep their copy of it.",
                "Delete case", () -> {
                    suites.deleteCase(evalCase.id());
                    Notifications.success("Deleted the case");
                    page.reload().run();
                });
    }

    private Anchor export(Suite suite, CaseFormat format, String extension, String contentType) {
        String fileName = suite.slug() + "." + extension;
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = suites.exportCases(suite.id(), format).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), "Export " + extension.toUpperCase());
        download.addClassName("cases-export");
        return download;
    }

    private Component emptyState() {
        if (!page.canEdit()) {
            return new EmptyState("No cases yet", "The suite's editors have not added any cases yet.");
        }
        return new EmptyState("No cases yet", "Add cases one by one, or import a .csv or .jsonl file like this one:",
                new Pre(SuitesEmptyState.CSV_EXAMPLE));
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
