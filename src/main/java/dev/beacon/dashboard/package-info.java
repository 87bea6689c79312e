/**
 * Dashboards: the pages where Beacon is looked at every day. Shared team dashboards of panels (a metric of
 * one or more models, drawn as a chart), each user's favourites and home dashboard, and the dashboards'
 * JSON format (config as code). Reads telemetry through the telemetry module's query services, models
 * through the registry, and asks the security module who may read and change what.
 */
package dev.beacon.dashboard;
