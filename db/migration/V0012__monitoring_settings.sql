-- How Beacon watches a model's server itself: Prometheus scrapes of its metrics and active health probes.
-- metrics_url null means <endpoint_url>/metrics. Scraping is on by default for runtimes that expose metrics.
alter table model
    add column scrape_enabled          boolean not null default false,
    add column metrics_url             text check (metrics_url is null or (metrics_url ~* '^https?://' and length(metrics_url) <= 500)),
    add column scrape_interval_seconds integer not null default 15 check (scrape_interval_seconds between 5 and 3600),
    add column scrape_timeout_seconds  integer not null default 5 check (scrape_timeout_seconds between 1 and 60),
    add column probe_enabled           boolean not null default true,
    add column probe_interval_seconds  integer not null default 30 check (probe_interval_seconds between 5 and 3600),
    add column probe_timeout_seconds   integer not null default 5 check (probe_timeout_seconds between 1 and 60);
update model set scrape_enabled = runtime in ('VLLM', 'TGI', 'LLAMA_CPP');
