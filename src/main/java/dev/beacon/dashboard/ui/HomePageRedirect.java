package dev.beacon.dashboard.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.beacon.dashboard.HomePage;
import org.springframework.stereotype.Component;

/**
 * Opens the user's home dashboard instead of the root route ("", the overview) when they chose one:
 * after signing in, from the logo, or typing the bare address. Only the bare root is forwarded, so every
 * other route (the overview's own menu entry included, which must not be "") stays reachable. Lives
 * outside the overview's view, so that view needs no knowledge of dashboards.
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
        if (event.getLocation().getPath().isEmpty()) {
            homePage.chosenRoute().ifPresent(event::forwardTo);
        }
    }
}
