-- Alert notifications (issue 8 §3, §4): which notice each transition or reminder sent (or why it was muted),
-- acknowledgements with assignees, silences and recurring maintenance windows.

-- Every notice alerting sent for a rule, and every one it held back: one row per notifying transition and per
-- "still firing" reminder. notice_id leads to the deliveries and their attempts; muted_by says why none was sent.
create table alert_notice (
    alert_notice_id     bigint generated always as identity primary key,
    alert_rule_id       uuid        not null references alert_rule on delete cascade,
    model_id            uuid        not null references model on delete cascade,
    kind                text        not null check (kind in ('TRANSITION', 'REMINDER')),
    to_state            text        not null check (to_state in ('FIRING', 'NO_DATA', 'RESOLVED')),
    severity            text        check (severity in ('WARNING', 'CRITICAL')),
    at                  timestamptz not null,
    notice_id           uuid,
    muted_by            text        check (length(muted_by) <= 300),
    check ((notice_id is null) <> (muted_by is null))
);
create index alert_notice_rule_at_idx on alert_notice (alert_rule_id, at desc);
create index alert_notice_model_at_idx on alert_notice (model_id, at desc);

-- The acknowledgement of a rule's current alert; removed when the alert changes severity or ends.
create table alert_ack (
    alert_rule_id       uuid primary key references alert_rule on delete cascade,
    severity            text        check (severity in ('WARNING', 'CRITICAL')),
    comment             text        not null default '' check (length(comment) <= 1000),
    acknowledged_at     timestamptz not null,
    acknowledged_by_user_id uuid    references app_user on delete set null,
    assignee_user_id    uuid        references app_user on delete set null
);

-- An ad hoc silence of a team's alerts, matching one model, one rule or one tag.
create table alert_silence (
    alert_silence_id    uuid primary key default uuidv7(),
    team_id             uuid        not null references team on delete cascade,
    model_id            uuid        references model on delete cascade,
    alert_rule_id       uuid        references alert_rule on delete cascade,
    tag                 text        check (length(tag) between 1 and 40),
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    reason              text        not null check (length(reason) between 1 and 500),
    created_at          timestamptz not null,
    created_by_user_id  uuid        references app_user on delete set null,
    ended_early_at      timestamptz,
    check (starts_at < ends_at),
    check (num_nonnulls(model_id, alert_rule_id, tag) = 1)
);
create index alert_silence_team_idx on alert_silence (team_id, ends_at);

-- A recurring maintenance window of a team (model_id null) or of one model: weekly on some days, or monthly on
-- one day, from start_time for duration_minutes on the wall clock of time_zone.
create table maintenance_window (
    maintenance_window_id uuid primary key default uuidv7(),
    team_id             uuid        not null references team on delete cascade,
    model_id            uuid        references model on delete cascade,
    name                text        not null check (length(name) between 1 and 100),
    recurrence          text        not null check (recurrence in ('WEEKLY', 'MONTHLY')),
    days_of_week        integer[]   not null default '{}',
    day_of_month        integer     check (day_of_month between 1 and 31),
    start_time          time        not null,
    duration_minutes    integer     not null check (duration_minutes between 1 and 10080),
    time_zone           text        not null check (length(time_zone) between 1 and 60),
    version             integer     not null default 0,
    created_at          timestamptz not null,
    created_by_user_id  uuid        references app_user on delete set null,
    check (recurrence <> 'MONTHLY' or day_of_month is not null),
    check (recurrence <> 'WEEKLY' or cardinality(days_of_week) between 1 and 7)
);
create index maintenance_window_team_idx on maintenance_window (team_id);
