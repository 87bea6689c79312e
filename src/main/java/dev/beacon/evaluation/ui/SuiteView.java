package dev.beacon.evaluation.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.RunCompareService;
import dev.beacon.evaluation.RunService;
import dev.beacon.evaluation.Suite;
import dev.beacon.evaluation.SuiteId;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.shared.NotFoundException;
import dev.beacon.shared.ui.RoutePatterns;
import jakarta.annotation.security.PermitAll;

/**
 * One suite: its details (Edit, Delete), its cases (add, edit, delete, import, export), the models it is attached
 * to (attach, edit, detach, Run now with live progress), and its recent runs (Compare models). VIEWERs read it all;
 * a suite of a team the user is not in is "not found", exactly like one that does not exist.
 */
@Route("evaluations/suites/:suiteId" + RoutePatterns.UUID)
@PermitAll
class SuiteView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SuiteService suites;
    private final AttachmentService attachments;
    private final RunService runs;
    private final RunCompareService compare;
    private final SuiteChoices choices;
    private SuiteId id;
    private Suite suite;

    SuiteView(SuiteService suites, AttachmentService attachments, RunService runs, RunCompareService compare,
              SuiteChoices choices) {
        this.suites = suites;
        this.attachments = attachments;
        this.runs = runs;
        this.compare = compare;
        this.choices = choices;
        addClassNames("beacon-page", "suite-page");
        getStyle().set("max-width", "1200px");
    }

    static RouteParameters parameters(SuiteId suite) {
        return new RouteParameters("suiteId", suite.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = SuiteId.of(event.getRouteParameters().get("suiteId").orElseThrow());
        try {
            suite = suites.suite(id);
        } catch (NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return suite == null ? "Suite" : suite.data().name() + " · Evaluations";
    }

    /** Reads the suite again after a change, so the page shows what the services stored (and the new version). */
    void reload() {
        suite = suites.suite(id);
        show();
    }

    private void show() {
        removeAll();
        SuitePage page = new SuitePage(suite, choices.canEdit(suite.team()), choices.modelsOf(suite.team()), this::reload);
        AttachmentsSection attached = new AttachmentsSection(attachments, runs, page);
        RecentRunsSection recent = new RecentRunsSection(runs, compare, attachments, page);
        attached.onRunsChanged(recent::refresh);
        add(new SuiteHeader(suites, choices, page), new CasesSection(suites, page), attached, recent);
    }
}
