/**
 * Notifications: tells a team (through its channels: e-mail, signed webhooks, the in-app bell) or one person that
 * something happened. Knows nothing about what happened: alerting, maintenance and others hand it a
 * {@link dev.beacon.notification.Notice} through {@link dev.beacon.notification.NotificationService}, inside their
 * own transaction; a transactional outbox (Spring Modulith's event publication registry) delivers it after the
 * commit, with retries, and records every attempt. See docs/design-decisions/0021-notifications.md.
 */
package dev.beacon.notification;
