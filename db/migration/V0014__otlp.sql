-- OTLP metrics: the last point Beacon took of each histogram series a client exports. With it, the next
-- cumulative point becomes what happened since (its delta), and a retried export of a point already taken is
-- not counted again. Kept in the database, not in memory, so that it survives restarts and every Beacon
-- instance behind a load balancer sees the same state. See docs/design-decisions/0012-otlp-metrics-to-rollups.md.
create table otlp_metric_series (
    -- SHA-256 (hex) of the team, the resource's attributes, the scope, the metric's name and the point's attributes
    series_hash          text primary key,
    team_id              uuid        not null references team on delete cascade,
    -- all null while a request has claimed the series but not yet stored its first point
    start_time_unix_nano bigint,
    time_unix_nano       bigint,
    point_count          bigint,
    point_sum            double precision,
    bucket_counts        bigint[],
    explicit_bounds      double precision[],
    updated_at           timestamptz not null
);
-- Series a client stopped sending are forgotten after a while (OtlpJobs).
create index otlp_metric_series_updated_idx on otlp_metric_series (updated_at);
