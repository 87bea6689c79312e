package dev.beacon.security.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Replaces Vaadin's "could not navigate" page for URLs that match no route; looks like {@link NotFoundView}. */
@PageTitle("Not found")
@PermitAll
@ParentLayout(MainLayout.class)
class RouteNotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        addClassName("beacon-page");
        add(NotFoundView.content());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
