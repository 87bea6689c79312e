package dev.beacon.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;

import java.util.List;

/**
 * Puts a container's children into a given order while moving as few as possible. A moved element is
 * detached and attached again in the browser (a chart inside it draws itself anew), so live refreshes
 * touch only what really moved: nothing, when the order stayed the same.
 */
final class Children {

    private Children() {
    }

    static void arrange(HasComponents container, List<? extends Component> wanted) {
        Component parent = (Component) container;
        List<Component> current = parent.getChildren().toList();
        if (current.equals(wanted)) {
            return;
        }
        current.stream().filter(child -> !wanted.contains(child)).forEach(container::remove);
        for (int index = 0; index < wanted.size(); index++) {
            Component child = wanted.get(index);
            List<Component> now = parent.getChildren().toList();
            if (index >= now.size() || now.get(index) != child) {
                container.addComponentAtIndex(index, child);
            }
        }
    }
}
