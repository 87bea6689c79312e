/**
 * Dashboards: where Beacon is looked at every day. The model dashboard (a tab on the model's page) draws
 * a model's telemetry over any time range, compares it with another model or an earlier version, and
 * refreshes live. The data come from the telemetry module's queries, the version history from the registry.
 */
package dev.beacon.dashboard;
