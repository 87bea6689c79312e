-- Evaluation (issue 10): golden test suites of a team, their cases, the models they are attached to on a schedule,
-- the runs against a model's own endpoint and the scored answer of every case. See
-- docs/design-decisions/0027-evaluation-suites-and-scorers.md (suites, scorers, formats) and 0028 (runs).
-- Key columns are named <entity>_id (eval_suite_id, eval_case_id, eval_attachment_id, eval_run_id) so that jOOQ maps
-- them to typed ids wherever they appear.

-- A suite belongs to a team. Its slug is derived from the name when the suite is created and kept on rename: the
-- score series a run writes is "accuracy:<slug>", and renaming a suite must not start a new series.
-- default_scorer and eval_case.scorer hold a scorer as {"type": "...", ...options} (see dev.beacon.evaluation.Scorer).
create table eval_suite (
    eval_suite_id       uuid primary key default uuidv7(),
    team_id             uuid        not null references team on delete cascade,
    name                text        not null check (length(name) between 1 and 100),
    slug                text        not null check (slug ~ '^[a-z0-9][a-z0-9_.-]{0,40}$'),
    description         text        not null default '' check (length(description) <= 2000),
    default_scorer      jsonb       not null check (jsonb_typeof(default_scorer) = 'object' and default_scorer ? 'type'),
    version             integer     not null default 0,
    created_at          timestamptz not null,
    created_by_user_id  uuid        references app_user on delete set null,
    updated_at          timestamptz not null,
    updated_by_user_id  uuid        references app_user on delete set null
);
create unique index eval_suite_team_name_key on eval_suite (team_id, lower(name));
create unique index eval_suite_team_slug_key on eval_suite (team_id, slug);

-- A case: the chat messages sent to the model ([{"role": "system"|"user"|"assistant", "content": "..."}], the last
-- one a user message), the expected answer (its meaning depends on the scorer: text, alternatives, a pattern, a JSON
-- Schema, a number, a letter), an optional scorer overriding the suite's default, and tags. At most 5000 per suite
-- (checked by the service, which locks the suite row while it adds cases).
create table eval_case (
    eval_case_id        uuid primary key default uuidv7(),
    eval_suite_id       uuid        not null references eval_suite on delete cascade,
    position            integer     not null check (position >= 0),
    messages            jsonb       not null check (jsonb_typeof(messages) = 'array' and jsonb_array_length(messages) between 1 and 50),
    expected            text        not null check (length(expected) <= 10000),
    scorer              jsonb       check (scorer is null or (jsonb_typeof(scorer) = 'object' and scorer ? 'type')),
    tags                text[]      not null default '{}' check (cardinality(tags) <= 20),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    unique (eval_suite_id, position)
);

-- A suite attached to one model of its team: how often it runs (every N minutes, or a cron expression in a time
-- zone, or neither = manual runs only) and how (sample size null = all cases, temperature, max tokens, concurrency,
-- per-call timeout). next_run_at is the next scheduled occurrence (null while disabled or manual only).
create table eval_attachment (
    eval_attachment_id  uuid primary key default uuidv7(),
    eval_suite_id       uuid        not null references eval_suite on delete cascade,
    model_id            uuid        not null references model on delete cascade,
    every_minutes       integer     check (every_minutes between 1 and 10080),
    cron                text        check (length(cron) between 1 and 200),
    time_zone           text        check (length(time_zone) between 1 and 60),
    sample_size         integer     check (sample_size between 1 and 5000),
    temperature         numeric(3,2) not null default 0 check (temperature between 0 and 2),
    max_tokens          integer     not null default 256 check (max_tokens between 1 and 32768),
    concurrency         integer     not null default 2 check (concurrency between 1 and 16),
    timeout_seconds     integer     not null default 30 check (timeout_seconds between 1 and 600),
    enabled             boolean     not null default true,
    next_run_at         timestamptz,
    created_at          timestamptz not null,
    created_by_user_id  uuid        references app_user on delete set null,
    version             integer     not null default 0,
    unique (eval_suite_id, model_id),
    check (every_minutes is null or cron is null),
    check ((cron is null) = (time_zone is null))
);
create index eval_attachment_model_idx on eval_attachment (model_id);
create index eval_attachment_due_idx on eval_attachment (next_run_at) where enabled and next_run_at is not null;

-- One run of a suite against a model. A scheduled run claims its occurrence with UNIQUE(eval_attachment_id, due_at):
-- the instance whose insert succeeds runs it, any other finds the row and does nothing (exactly once across
-- instances and restarts). accuracy = passed / (passed + failed), set only when the run COMPLETED; a run in which most
-- calls failed is ERRORED with its reason instead. running_on names the instance executing a RUNNING run, so a run
-- left behind by a stopped instance can be closed as ERRORED. started_by_user_id null = Beacon's schedule.
-- settings: {"temperature", "maxTokens", "concurrency", "timeoutSeconds", "sampleSize"} as used by the run.
create table eval_run (
    eval_run_id         uuid primary key default uuidv7(),
    team_id             uuid        not null references team on delete cascade,
    eval_suite_id       uuid        not null references eval_suite on delete cascade,
    model_id            uuid        not null references model on delete cascade,
    eval_attachment_id  uuid        references eval_attachment on delete set null,
    trigger             text        not null check (trigger in ('SCHEDULED', 'MANUAL', 'COMPARE')),
    status              text        not null check (status in ('RUNNING', 'COMPLETED', 'ERRORED', 'CANCELLED')),
    error_reason        text        check (length(error_reason) <= 2000),
    due_at              timestamptz,
    model_version_label text        check (length(model_version_label) <= 200),
    settings            jsonb       not null check (jsonb_typeof(settings) = 'object'),
    total_cases         integer     not null default 0 check (total_cases >= 0),
    passed              integer     not null default 0 check (passed >= 0),
    failed              integer     not null default 0 check (failed >= 0),
    errored             integer     not null default 0 check (errored >= 0),
    accuracy            double precision check (accuracy between 0 and 1),
    latency_p50_ms      double precision,
    latency_p95_ms      double precision,
    prompt_tokens       bigint      not null default 0,
    completion_tokens   bigint      not null default 0,
    started_by_user_id  uuid        references app_user on delete set null,
    started_at          timestamptz not null,
    finished_at         timestamptz,
    running_on          text        check (length(running_on) <= 200),
    unique (eval_attachment_id, due_at),
    check ((status = 'RUNNING') = (finished_at is null)),
    check (accuracy is null or status = 'COMPLETED'),
    check (status <> 'ERRORED' or error_reason is not null)
);
create index eval_run_model_started_idx on eval_run (model_id, started_at desc);
create index eval_run_suite_started_idx on eval_run (eval_suite_id, started_at desc);
create index eval_run_running_idx on eval_run (running_on) where status = 'RUNNING';

-- The scored answer of one case in a run, in run order. eval_case_id has no foreign key: a case may be edited or
-- deleted later, and the result must keep what was asked and expected then. The answer is kept up to 4096 bytes of
-- UTF-8 (cut at a character boundary), for the team only, and set to null by telemetry retention.
create table eval_result (
    eval_run_id         uuid        not null references eval_run on delete cascade,
    eval_case_id        uuid,
    position            integer     not null check (position >= 0),
    question            text        not null check (length(question) <= 10000),
    expected            text        not null check (length(expected) <= 10000),
    answer              text        check (octet_length(answer) <= 4096),
    outcome             text        not null check (outcome in ('PASSED', 'FAILED', 'ERRORED')),
    score               double precision,
    reason              text        check (length(reason) <= 2000),
    latency_ms          double precision,
    prompt_tokens       integer,
    completion_tokens   integer,
    finished_at         timestamptz not null,
    primary key (eval_run_id, position)
);
create index eval_result_retention_idx on eval_result (finished_at) where answer is not null;
