-- Telemetry: raw data partitioned by team and day, rollups by time.
-- See docs/design-decisions/0010-telemetry-storage-and-rollups.md.
--
-- Raw tables are LIST-partitioned by team_id, and each team's partition is RANGE-partitioned by day, so
-- that a team's retention drops whole day partitions. Partitions are created by Beacon when first needed
-- (TelemetryPartitions); their names are <table>_<team id hex>[_<yyyymmdd>].

-- How long a team's raw telemetry is kept. No row: the configured default (30 days).
create table telemetry_retention (
    team_id             uuid primary key references team on delete cascade,
    raw_days            integer     not null check (raw_days between 1 and 400),
    updated_at          timestamptz not null default now()
);

-- One request to a model, as reported by a client (REST batch API) or an OpenTelemetry span.
create table request_event (
    team_id             uuid        not null,
    model_id            uuid        not null,
    occurred_at         timestamptz not null,
    latency_ms          real        not null,
    ttft_ms             real,
    input_tokens        integer     not null,
    output_tokens       integer     not null,
    error_type          text,                   -- null: the request succeeded
    temperature         real,
    max_tokens          integer,
    client_event_id     text,
    source              text        not null    -- API or OTLP
) partition by list (team_id);
-- Serves both idempotent retries (same model, time and client event id) and time-range reads of one model.
-- Events without a client event id never conflict (NULLs are distinct).
create unique index request_event_key on request_event (model_id, occurred_at, client_event_id, team_id);

-- An accuracy or evaluation score for a model (e.g. accuracy, faithfulness).
create table eval_score (
    team_id             uuid        not null,
    model_id            uuid        not null,
    observed_at         timestamptz not null,
    name                text        not null,
    value               double precision not null,
    dataset             text,
    evaluator           text,
    source              text        not null
) partition by list (team_id);
create index eval_score_model_time_idx on eval_score (model_id, observed_at);

-- The result of one active health probe of a model's server.
create table probe_result (
    team_id             uuid        not null,
    model_id            uuid        not null,
    probed_at           timestamptz not null,
    state               text        not null check (state in ('UP', 'STARTING', 'DOWN')),
    latency_ms          real,
    error_class         text,
    detail              text
) partition by list (team_id);
create index probe_result_model_time_idx on probe_result (model_id, probed_at);

-- Rollups. Every source (events, spans, OTLP metrics, scrapes, probes, scores) adds "contributions" to a
-- model's minute; the rollup job merges them into the minute, hour and day rows. Counters are plain
-- columns (summed in SQL); distributions are DDSketches (sketches-java encoding, 1 % relative accuracy),
-- merged in Java; gauges and scores are small JSON objects of mergeable statistics.

create table rollup_contribution (
    contribution_id     bigint generated always as identity primary key,
    model_id            uuid        not null,
    bucket_start        timestamptz not null,
    requests            bigint      not null default 0,
    errors              bigint      not null default 0,
    error_types         jsonb,
    input_tokens        bigint      not null default 0,
    output_tokens       bigint      not null default 0,
    preemptions         bigint      not null default 0,
    probes_up           integer     not null default 0,
    probes_starting     integer     not null default 0,
    probes_down         integer     not null default 0,
    latency_sketch      bytea,
    ttft_sketch         bytea,
    itl_sketch          bytea,
    generation_speed_sketch bytea,
    context_use_sketch  bytea,
    queue_time_sketch   bytea,
    gauges              jsonb,
    scores              jsonb,
    bucketed            boolean     not null default false
);

create table rollup_minute (like rollup_contribution including defaults) partition by range (bucket_start);
alter table rollup_minute drop column contribution_id;
alter table rollup_minute add primary key (model_id, bucket_start);

create table rollup_hour (like rollup_minute including defaults) partition by range (bucket_start);
alter table rollup_hour add primary key (model_id, bucket_start);

create table rollup_day (like rollup_minute including defaults) partition by range (bucket_start);
alter table rollup_day add primary key (model_id, bucket_start);

-- ShedLock: scheduled work (rollups, retention, scrapes, probes) runs on one instance at a time.
create table shedlock (
    name                varchar(64)  primary key,
    lock_until          timestamptz  not null,
    locked_at           timestamptz  not null,
    locked_by           varchar(255) not null
);
