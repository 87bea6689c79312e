package dev.beacon.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Vaadin's own "no such route", which is also what a signed-in user gets for a view their role may
 * not open (e.g. a non-ADMIN opening admin/users). Looks exactly like {@link NotFoundView}, instead of
 * Vaadin's bare "Could not navigate to …" text.
 */
@PageTitle("Not found")
@PermitAll
public class RouteNotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        addClassName("beacon-page");
        add(new EmptyState("Not found", "This page does not exist, or you do not have access to it.",
                new Anchor("", "Go to the models list")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
