/**
 * Dashboards: the pages where Beacon is looked at every day. The fleet overview (the home page) shows every
 * model of the user's teams at a glance; its figures come from {@link dev.beacon.telemetry.FleetService}.
 */
package dev.beacon.dashboard;
