package dev.beacon.shared.ui;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels (Lumo badges) for statuses and roles. */
public final class Badges {

    public enum Tone { NEUTRAL, SUCCESS, WARNING, ERROR, CONTRAST }

    private Badges() {
    }

    public static Span badge(String text, Tone tone) {
        Span badge = new Span(text);
        String theme = switch (tone) {
            case NEUTRAL -> "badge";
            case SUCCESS -> "badge success";
            case WARNING -> "badge warning";
            case ERROR -> "badge error";
            case CONTRAST -> "badge contrast";
        };
        badge.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        return badge;
    }

    public static Span pill(String text) {
        Span pill = badge(text, Tone.NEUTRAL);
        pill.getElement().getThemeList().add("pill");
        return pill;
    }
}
