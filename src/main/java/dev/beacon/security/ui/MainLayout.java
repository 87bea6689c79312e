package dev.beacon.security.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.beacon.security.AccountService;
import dev.beacon.security.UserAccount;
import dev.beacon.shared.ui.NavbarItem;
import dev.beacon.shared.ui.UserTime;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.time.ZoneId;
import java.util.Comparator;

/**
 * The frame around every signed-in page: navigation built from the views' {@code @Menu} entries
 * (Vaadin leaves out those the user may not open), the page title, other modules' {@link NavbarItem}s at the
 * right end of the top bar (e.g. the notifications bell), and the user menu.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String COLOR_SCHEME_KEY = "beacon.colorScheme";

    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final H1 title = new H1();
    private final Avatar avatar = new Avatar();
    private final Span userName = new Span();
    private MenuItem userMenuRoot;
    private Registration profileChanges;

    MainLayout(AccountService accounts, AuthenticationContext authentication, ObjectProvider<NavbarItem> navbarItems) {
        this.accounts = accounts;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0").set("flex-grow", "1");
        addToNavbar(new DrawerToggle(), title);
        navbarItems.stream().sorted(Comparator.comparingInt(NavbarItem::order)).forEach(item -> addToNavbar(item.create()));
        addToDrawer(brand(), new Scroller(navigation()), userMenu());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UserAccount me = accounts.myAccount();
        UserTime.useProfileZone(me.timeZone() == null ? null : ZoneId.of(me.timeZone()));
        profileChanges = ComponentUtil.addListener(event.getUI(), ProfileChanged.class, changed -> showUser(changed.account()));
        event.getUI().getPage()
                .executeJs("return localStorage.getItem($0)", COLOR_SCHEME_KEY)
                .then(String.class, stored -> applyColorScheme(event.getUI(), stored));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        if (profileChanges != null) {
            profileChanges.remove();
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        title.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }

    private static Component brand() {
        Span brand = new Span(VaadinIcon.SIGNAL.create(), new Span("Beacon"));
        brand.addClassName("beacon-brand");
        brand.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        return brand;
    }

    /** Menu entries the user may open; the audit log only for ADMINs and team owners. */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        boolean canAudit = accounts.canReadAuditLog();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (entry.path().replaceFirst("^/", "").equals(AuditLogView.PATH) && !canAudit) {
                continue;
            }
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    private Component userMenu() {
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        HorizontalLayout who = new HorizontalLayout(avatar, userName);
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        who.setSpacing(true);

        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setWidthFull();
        userMenuRoot = menu.addItem(who);
        showUser(accounts.myAccount());
        SubMenu items = userMenuRoot.getSubMenu();
        items.addItem("Account and password", e -> UI.getCurrent().navigate("account"));
        items.addItem("API tokens", e -> UI.getCurrent().navigate("account/tokens"));
        SubMenu scheme = items.addItem("Appearance").getSubMenu();
        scheme.addItem("Follow the system", e -> chooseColorScheme(null));
        scheme.addItem("Light", e -> chooseColorScheme(ColorScheme.Value.LIGHT));
        scheme.addItem("Dark", e -> chooseColorScheme(ColorScheme.Value.DARK));
        items.addItem("Sign out", e -> authentication.logout());
        menu.getStyle().set("padding", "var(--lumo-space-s)");
        return menu;
    }

    private void showUser(UserAccount me) {
        avatar.setName(me.displayName());
        userName.setText(me.displayName());
        userMenuRoot.setAriaLabel("User menu for " + me.displayName());
    }

    private void chooseColorScheme(ColorScheme.Value value) {
        UI ui = UI.getCurrent();
        ui.getPage().executeJs(value == null ? "localStorage.removeItem($0)" : "localStorage.setItem($0, $1)",
                COLOR_SCHEME_KEY, value == null ? "" : value.name());
        applyColorScheme(ui, value == null ? null : value.name());
    }

    private static void applyColorScheme(UI ui, String stored) {
        ColorScheme.Value value = ColorScheme.Value.LIGHT_DARK;
        if (stored != null) {
            try {
                value = ColorScheme.Value.valueOf(stored);
            } catch (IllegalArgumentException ignored) {
                // an old or hand-edited value: fall back to following the system
            }
        }
        ui.getPage().setColorScheme(value);
    }
}
