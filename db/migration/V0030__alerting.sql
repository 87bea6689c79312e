-- Alerting (issue 8 §1, §2): threshold rules per model, team default rule sets, each rule's current
-- alert state, every state transition, and the evaluation cycles that were run.

-- A team's default rule set entry: it is copied onto every model of the team that matches (runtime
-- and/or tag; neither means every model), as a rule linked to it (alert_rule.alert_default_id).
create table alert_default (
    alert_default_id    uuid primary key default uuidv7(),
    team_id             uuid        not null references team on delete cascade,
    match_runtime       text        check (match_runtime in ('VLLM', 'OLLAMA', 'LLAMA_CPP', 'TGI', 'OPENAI_COMPATIBLE', 'OTHER')),
    match_tag           text        check (length(match_tag) between 1 and 40),
    metric              text        not null,
    score_name          text        check (length(score_name) between 1 and 100),
    comparator          text        not null check (comparator in ('ABOVE', 'BELOW')),
    warning_threshold   double precision,
    critical_threshold  double precision,
    window_seconds      integer     not null check (window_seconds between 60 and 86400),
    pending_seconds     integer     not null check (pending_seconds between 0 and 86400),
    min_requests        integer     not null default 0 check (min_requests between 0 and 1000000),
    no_data             text        not null check (no_data in ('OK', 'KEEP_LAST', 'ALERT')),
    no_data_after_seconds integer   check (no_data_after_seconds between 60 and 86400),
    enabled             boolean     not null default true,
    runbook_url         text        check (length(runbook_url) <= 500),
    notes               text        not null default '' check (length(notes) <= 2000),
    version             integer     not null default 0,
    created_at          timestamptz not null default now(),
    created_by_user_id  uuid        not null references app_user,
    updated_at          timestamptz not null default now(),
    updated_by_user_id  uuid        not null references app_user,
    check (warning_threshold is not null or critical_threshold is not null)
);
create index alert_default_team_idx on alert_default (team_id);

-- metric has no CHECK so that new metrics need no migration; the application writes only known ones.
create table alert_rule (
    alert_rule_id       uuid primary key default uuidv7(),
    model_id            uuid        not null references model on delete cascade,
    -- set while the rule is the model's copy of a team default; null for the model's own rules
    alert_default_id    uuid        references alert_default on delete cascade,
    metric              text        not null,
    score_name          text        check (length(score_name) between 1 and 100),
    comparator          text        not null check (comparator in ('ABOVE', 'BELOW')),
    warning_threshold   double precision,
    critical_threshold  double precision,
    window_seconds      integer     not null check (window_seconds between 60 and 86400),
    pending_seconds     integer     not null check (pending_seconds between 0 and 86400),
    min_requests        integer     not null default 0 check (min_requests between 0 and 1000000),
    no_data             text        not null check (no_data in ('OK', 'KEEP_LAST', 'ALERT')),
    no_data_after_seconds integer   check (no_data_after_seconds between 60 and 86400),
    enabled             boolean     not null default true,
    runbook_url         text        check (length(runbook_url) <= 500),
    notes               text        not null default '' check (length(notes) <= 2000),
    reviewed_at         timestamptz,
    reviewed_by_user_id uuid        references app_user on delete set null,
    version             integer     not null default 0,
    created_at          timestamptz not null default now(),
    created_by_user_id  uuid        references app_user on delete set null,
    updated_at          timestamptz not null default now(),
    updated_by_user_id  uuid        references app_user on delete set null,
    check (warning_threshold is not null or critical_threshold is not null)
);
create index alert_rule_model_idx on alert_rule (model_id);
create unique index alert_rule_default_model_key on alert_rule (alert_default_id, model_id) where alert_default_id is not null;

-- A model that opted out of a team default: the default is never copied onto it again.
create table alert_default_opt_out (
    alert_default_id    uuid        not null references alert_default on delete cascade,
    model_id            uuid        not null references model on delete cascade,
    primary key (alert_default_id, model_id)
);
create index alert_default_opt_out_model_idx on alert_default_opt_out (model_id);

-- The current state of each rule, written by the evaluator only.
create table alert_state (
    alert_rule_id       uuid primary key references alert_rule on delete cascade,
    state               text        not null check (state in ('OK', 'PENDING', 'FIRING', 'RESOLVED', 'NO_DATA')),
    severity            text        check (severity in ('WARNING', 'CRITICAL')),
    since               timestamptz not null,
    pending_since       timestamptz,
    no_data_since       timestamptz,
    has_data            boolean     not null default false,
    last_value          double precision,
    evaluated_at        timestamptz not null,
    evaluations         bigint      not null default 0
);

-- Every change of a rule's state, as the alert history of the model and of the rule.
create table alert_transition (
    alert_transition_id bigint generated always as identity primary key,
    alert_rule_id       uuid        not null references alert_rule on delete cascade,
    model_id            uuid        not null references model on delete cascade,
    from_state          text        not null,
    to_state            text        not null,
    severity            text        check (severity in ('WARNING', 'CRITICAL')),
    observed_value      double precision,
    threshold           double precision,
    at                  timestamptz not null
);
create index alert_transition_model_at_idx on alert_transition (model_id, at desc);
create index alert_transition_rule_at_idx on alert_transition (alert_rule_id, at desc);

-- One row per evaluation cycle (start of its interval): the instance that inserts it evaluates the
-- cycle, any other instance finds it taken and skips, so a cycle is evaluated exactly once.
create table alert_cycle (
    cycle_start         timestamptz primary key,
    evaluated_at        timestamptz not null,
    evaluated_by        text        not null,
    rules_evaluated     integer     not null,
    transitions         integer     not null,
    -- how long the evaluation took inside its transaction, in milliseconds (bench/run reads it)
    duration_ms         double precision
);
