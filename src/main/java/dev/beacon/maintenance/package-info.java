/**
 * Maintenance: tickets for the work that keeps a model healthy (updates, retraining, security patches, audits,
 * threshold reviews), their workflow, comments and activity history, notifications to the people involved, the
 * REST API, CSV export and the due-date calendar feed. Other modules listen to {@link dev.beacon.maintenance.TicketMoved},
 * {@link dev.beacon.maintenance.TicketAssigned} and {@link dev.beacon.maintenance.TicketCommented}.
 * See docs/design-decisions/0025-ticket-workflow.md.
 */
package dev.beacon.maintenance;
