package dev.beacon.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Picks an IANA time zone, or none: then Beacon shows times in the zone of the browser. */
class TimeZoneField extends ComboBox<String> {

    /** Stands for "no zone chosen"; not a valid zone id, so it never collides with one. */
    private static final String FOLLOW_BROWSER = "(browser)";

    TimeZoneField(String followBrowserLabel) {
        super("Time zone");
        List<String> choices = new ArrayList<>();
        choices.add(FOLLOW_BROWSER);
        choices.addAll(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        setItems(choices);
        setItemLabelGenerator(choice -> FOLLOW_BROWSER.equals(choice) ? followBrowserLabel : choice);
        setValue(FOLLOW_BROWSER);
    }

    /** The chosen zone id, or null for "follow the browser". */
    String zoneId() {
        String value = getValue();
        return value == null || FOLLOW_BROWSER.equals(value) ? null : value;
    }

    void showZone(String zoneId) {
        setValue(zoneId == null ? FOLLOW_BROWSER : zoneId);
    }
}
