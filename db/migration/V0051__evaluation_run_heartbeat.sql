-- Runs of a stopped Beacon instance must not stay RUNNING for ever. Every instance touches heartbeat_at of the runs it
-- executes (or has queued) every few seconds; a RUNNING run whose heartbeat is older than a few minutes belongs to an
-- instance that is gone and is closed as ERRORED "Beacon stopped during the run". See
-- docs/design-decisions/0028-evaluation-runs.md.
alter table eval_run add column heartbeat_at timestamptz;
create index eval_run_heartbeat_idx on eval_run (heartbeat_at) where status = 'RUNNING';
