-- What Beacon remembers about its own scrapes and probes of model servers, shared by all instances.

-- The counters and histogram buckets of each scraped model as last read. The next scrape (on any instance,
-- also after a restart) counts only what was added in between. Series keys look like
-- name{label="value",...} (labels sorted, model_name left out); created holds OpenMetrics _created times
-- (epoch seconds) where the server sends them, null elsewhere.
create table scrape_baseline (
    model_id            uuid        primary key references model on delete cascade,
    scraped_at          timestamptz not null,
    series              text[]      not null,
    counter_values      double precision[] not null,
    created             double precision[] not null,
    check (cardinality(series) = cardinality(counter_values) and cardinality(series) = cardinality(created))
);

-- The latest scrape and the latest probe of each model, for the model page: when, how long, what came out
-- (SCRAPE: OK, BASELINE or FAILED; PROBE: UP, STARTING or DOWN) and why it failed (an error class, never a
-- response body).
create table monitor_check (
    model_id            uuid        not null references model on delete cascade,
    kind                text        not null check (kind in ('SCRAPE', 'PROBE')),
    checked_at          timestamptz not null,
    duration_ms         real        not null,
    outcome             text        not null,
    error_class         text,
    detail              text        check (length(detail) <= 300),
    primary key (model_id, kind)
);
