-- Maintenance (issue 9 §1, §5): tickets for the work that keeps a model healthy, their comments, their activity
-- history, and the per-user tokens of the due-date calendar feed. See docs/design-decisions/0025-ticket-workflow.md.

-- A ticket belongs to a team and, usually, to one of its models (null = team-wide work). Deleting a model deletes
-- its tickets with it: deleting a model is OWNER-only and rare (editors retire models), and a ticket about a model
-- that no longer exists has nothing left to act on; the audit log keeps the record.
create table ticket (
    ticket_id           uuid primary key default uuidv7(),
    number              bigint      generated always as identity unique,
    team_id             uuid        not null references team on delete cascade,
    model_id            uuid        references model on delete cascade,
    type                text        not null check (type in ('MODEL_UPDATE', 'RETRAINING', 'SECURITY_PATCH',
                                        'SECURITY_AUDIT', 'THRESHOLD_REVIEW', 'CONFIGURATION_CHANGE', 'INCIDENT', 'OTHER')),
    title               text        not null check (length(title) between 1 and 200),
    description         text        not null default '' check (length(description) <= 10000),
    priority            text        not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    status              text        not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'WONT_DO')),
    assignee_user_id    uuid        references app_user,
    reporter_user_id    uuid        references app_user,
    due_date            date,
    labels              text[]      not null default '{}' check (cardinality(labels) <= 20),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    closed_at           timestamptz,
    version             integer     not null default 0,
    -- the alert rule the ticket was opened from
    alert_rule_id       uuid        references alert_rule on delete set null,
    -- the recurring schedule that opened it; its foreign key comes with the schedules (V0041)
    schedule_id         uuid,
    -- the version label a completed model update or retraining introduced
    completed_version_label text    check (length(completed_version_label) between 1 and 80),
    check ((closed_at is null) = (status in ('OPEN', 'IN_PROGRESS')))
);
create index ticket_team_status_idx on ticket (team_id, status);
create index ticket_model_status_idx on ticket (model_id, status) where model_id is not null;
create index ticket_assignee_status_idx on ticket (assignee_user_id, status) where assignee_user_id is not null;
create index ticket_due_date_idx on ticket (due_date) where status in ('OPEN', 'IN_PROGRESS');
create index ticket_alert_rule_idx on ticket (alert_rule_id) where alert_rule_id is not null;

create table ticket_comment (
    ticket_comment_id   uuid primary key default uuidv7(),
    ticket_id           uuid        not null references ticket on delete cascade,
    author_user_id      uuid        references app_user,
    body                text        not null check (length(body) between 1 and 10000),
    created_at          timestamptz not null
);
create index ticket_comment_ticket_idx on ticket_comment (ticket_id, created_at);

-- The activity history: one row per changed field (values as people read them: names, dates, labels joined) and per
-- comment. actor_user_id null means Beacon itself (a schedule or an alert rule opened or changed the ticket).
create table ticket_change (
    ticket_change_id    bigint generated always as identity primary key,
    ticket_id           uuid        not null references ticket on delete cascade,
    actor_user_id       uuid        references app_user,
    at                  timestamptz not null,
    field               text        not null check (length(field) between 1 and 40),
    old_value           text        check (length(old_value) <= 10000),
    new_value           text        check (length(new_value) <= 10000)
);
create index ticket_change_ticket_idx on ticket_change (ticket_id, at, ticket_change_id);

-- A user's secret for the iCalendar feed of their due dates; only its SHA-256 is kept. One per user: making a new
-- one replaces the old, revoking deletes it.
create table calendar_token (
    user_id             uuid primary key references app_user on delete cascade,
    token_prefix        text        not null,
    token_hash          text        not null unique,
    created_at          timestamptz not null
);
