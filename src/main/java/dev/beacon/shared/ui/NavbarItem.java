package dev.beacon.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something another module adds to the top bar of every signed-in page (e.g. the notifications bell), so the
 * security module, which owns the main layout, need not know that module. Created once per layout, for the
 * signed-in user; the item's own service checks what that user may see.
 */
public interface NavbarItem {

    /** Items appear in ascending order at the right end of the bar. */
    int order();

    Component create();
}
