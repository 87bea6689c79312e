package dev.beacon.shared.ui;

/** Route parameter patterns, so malformed URLs answer "not found" before any view code runs. */
public final class RoutePatterns {

    public static final String UUID = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";

    private RoutePatterns() {
    }
}
