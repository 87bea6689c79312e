-- Maintenance links (issue 9 §2-§4): recurring schedules that open tickets exactly once, the silence a ticket in
-- progress keeps on its model's alerts, the ticket a version change came from, and rules that open a ticket when they
-- fire CRITICAL. See docs/design-decisions/0026-recurring-schedules.md.

-- A recurring piece of maintenance of a team (model_id null) or of one of its models: every N days/weeks/months or a
-- cron expression, in a time zone; the ticket it opens is described by the template columns.
create table maintenance_schedule (
    schedule_id         uuid primary key default uuidv7(),
    team_id             uuid        not null references team on delete cascade,
    model_id            uuid        references model on delete cascade,
    every_count         integer     check (every_count between 1 and 3650),
    every_unit          text        check (every_unit in ('DAYS', 'WEEKS', 'MONTHS')),
    cron                text        check (length(cron) between 1 and 200),
    time_zone           text        not null check (length(time_zone) between 1 and 60),
    ticket_type         text        not null check (ticket_type in ('MODEL_UPDATE', 'RETRAINING', 'SECURITY_PATCH',
                                        'SECURITY_AUDIT', 'THRESHOLD_REVIEW', 'CONFIGURATION_CHANGE', 'INCIDENT', 'OTHER')),
    title               text        not null check (length(title) between 1 and 200),
    description         text        not null default '' check (length(description) <= 10000),
    ticket_priority     text        not null check (ticket_priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    assignee_user_id    uuid        references app_user on delete set null,
    due_after_days      integer     check (due_after_days between 0 and 365),
    enabled             boolean     not null default true,
    -- when the next ticket opens; null while the schedule's ticket is open (one open ticket at a time)
    next_due_at         timestamptz,
    -- the last ticket the schedule opened
    current_ticket_id   uuid        references ticket on delete set null,
    last_completed_at   timestamptz,
    version             integer     not null default 0,
    created_at          timestamptz not null,
    created_by_user_id  uuid        references app_user on delete set null,
    updated_at          timestamptz not null,
    updated_by_user_id  uuid        references app_user on delete set null,
    check ((every_count is null) = (every_unit is null)),
    check ((cron is null) <> (every_count is null))
);
create index maintenance_schedule_team_idx on maintenance_schedule (team_id);
create index maintenance_schedule_due_idx on maintenance_schedule (next_due_at) where enabled and next_due_at is not null;

-- Each occurrence a schedule opened a ticket for. The instance whose insert succeeds opens the ticket in the same
-- transaction; any other finds the row and does nothing, so an occurrence is opened exactly once across instances
-- and restarts.
create table maintenance_occurrence (
    schedule_id         uuid        not null references maintenance_schedule on delete cascade,
    due_at              timestamptz not null,
    ticket_id           uuid        references ticket on delete set null,
    opened_at           timestamptz not null,
    opened_by           text        not null,
    primary key (schedule_id, due_at)
);

alter table ticket add constraint ticket_schedule_fk foreign key (schedule_id) references maintenance_schedule on delete set null;
create index ticket_schedule_idx on ticket (schedule_id) where schedule_id is not null;

-- Whether a ticket silences its model's alert notifications while it is in progress (no row: the type's default),
-- and the silence it holds while it is; the silence ends when the ticket leaves IN_PROGRESS.
create table ticket_silence (
    ticket_id           uuid primary key references ticket on delete cascade,
    silence_while_in_progress boolean not null,
    alert_silence_id    uuid        references alert_silence on delete set null
);

-- The ticket a version change came from, as the registry shows it (a name and a link): the registry does not know
-- tickets, so it keeps what to show rather than a foreign key.
alter table model_version
    add column ticket_ref text check (length(ticket_ref) between 1 and 40),
    add column ticket_path text check (length(ticket_path) between 1 and 200);

-- A rule that opens an incident ticket when it fires CRITICAL (one open ticket per rule).
alter table alert_rule add column open_ticket_on_critical boolean not null default false;
