package dev.beacon.evaluation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Slugs of suite names: lower-case ASCII letters, digits and "-", at most 41 characters ("Smoke QA" → "smoke-qa",
 * "Zürich Fragen" → "zurich-fragen"). A name that leaves nothing gets "suite"; a slug the team already has gets
 * "-2", "-3"… The slug names the score series {@code accuracy:<slug>}, so it never changes after creation.
 */
final class Slugs {

    static final int MAX_LENGTH = 41;

    private Slugs() {
    }

    static String of(String name, Set<String> taken) {
        String base = base(name);
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = cut(base, MAX_LENGTH - suffix.length()) + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static String base(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = cut(slug, MAX_LENGTH);
        return slug.isEmpty() ? "suite" : slug;
    }

    private static String cut(String slug, int length) {
        String cut = slug.length() > length ? slug.substring(0, length) : slug;
        return cut.replaceAll("-+$", "");
    }
}
