/**
 * Dashboards: the pages where Beacon is looked at every day. The fleet overview (the home page) shows every
 * model of the user's teams at a glance; the model dashboard (a tab on the model's page) draws a model's
 * telemetry over any time range and compares it; shared dashboards are a team's named panels (a metric of
 * one or more models, drawn as a chart) with each user's favourites and home dashboard, and travel as JSON
 * (config as code). Figures come from the telemetry module's queries, models and versions from the
 * registry, and the security module says who may read and change what.
 */
package dev.beacon.dashboard;
