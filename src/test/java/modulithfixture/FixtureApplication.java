package modulithfixture;

import org.springframework.modulith.Modulithic;

/**
 * The root of a tiny application whose "billing" module reaches into the internals of "customers".
 * ModularityTest checks that Spring Modulith's verify() catches exactly that, so a green verify() of
 * Beacon means something. Lives outside dev.beacon so that it is never part of Beacon's modules.
 */
@Modulithic
public class FixtureApplication {
}
