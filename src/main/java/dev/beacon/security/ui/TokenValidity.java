package dev.beacon.security.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** How long a new API token works: one of the usual choices, never longer than Beacon allows. */
record TokenValidity(String label, Duration duration) {

    private static final List<TokenValidity> USUAL = List.of(
            new TokenValidity("30 days", Duration.ofDays(30)),
            new TokenValidity("90 days", Duration.ofDays(90)),
            new TokenValidity("1 year", Duration.ofDays(365)));

    /** The usual choices up to the maximum, and the maximum itself when it is none of them. */
    static List<TokenValidity> upTo(Duration maximum) {
        List<TokenValidity> choices = new ArrayList<>(USUAL.stream()
                .filter(choice -> choice.duration().compareTo(maximum) <= 0)
                .toList());
        if (choices.stream().noneMatch(choice -> choice.duration().equals(maximum))) {
            choices.add(new TokenValidity(label(maximum), maximum));
        }
        return choices;
    }

    /** 90 days, a quarter's rotation, or the longest choice when that is shorter. */
    static TokenValidity suggested(List<TokenValidity> choices) {
        return choices.stream()
                .filter(choice -> choice.duration().equals(Duration.ofDays(90)))
                .findFirst()
                .orElse(choices.getLast());
    }

    private static String label(Duration duration) {
        return duration.toHoursPart() == 0 ? duration.toDays() + " days" : duration.toHours() + " hours";
    }
}
