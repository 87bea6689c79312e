package dev.beacon.dashboard.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.beacon.dashboard.HomePage;
import org.springframework.stereotype.Component;

/**
 * Opens the user's home dashboard when they open Beacon at its bare address (after signing in, typing
 * the address, reloading it) and chose one; otherwise the root route's own view, the overview, opens.
 * Links inside Beacon to the root (the overview's menu entry) still open the overview, so it stays
 * reachable. This listener is the whole hook: the overview's view needs no knowledge of dashboards.
 */
@Component
class HomePageRedirect implements VaadinServiceInitListener {

    private final HomePage homePage;

    HomePageRedirect(HomePage homePage) {
        this.homePage = homePage;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::forwardFromRoot));
    }

    void forwardFromRoot(BeforeEnterEvent event) {
        if (event.getLocation().getPath().isEmpty() && event.getTrigger() == NavigationTrigger.PAGE_LOAD) {
            homePage.homeDashboard().ifPresent(id -> event.forwardTo(DashboardView.class,
                    new RouteParameters(DashboardView.ID_PARAMETER, id.toString())));
        }
    }
}
