/**
 * Who may do what: users, teams, memberships and roles, login, personal API tokens, and the audit log.
 * Other modules ask {@link dev.beacon.security.TeamAccess} before touching team data and append to
 * {@link dev.beacon.security.AuditLog} when they change it.
 */
package dev.beacon.security;
