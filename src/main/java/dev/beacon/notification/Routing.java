package dev.beacon.notification;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts a channel's routing settings look at. A notice that ends a problem (RESOLVED) carries the facts of the
 * problem, so it reaches exactly the channels the problem's notice reached.
 *
 * @param severity  how severe the problem is (WARNING or CRITICAL for alerts)
 * @param modelTags the tags of the model the notice is about; empty when it is about no model
 */
public record Routing(Severity severity, Set<String> modelTags) {

    public Routing {
        Objects.requireNonNull(severity, "severity");
        modelTags = modelTags == null ? Set.of() : Set.copyOf(new TreeSet<>(modelTags));
    }

    /** Whether a channel with these settings takes the notice. */
    public boolean matches(MinimumSeverity minimum, Collection<String> channelTags) {
        return minimum.admits(severity) && (channelTags.isEmpty() || channelTags.stream().anyMatch(modelTags::contains));
    }
}
