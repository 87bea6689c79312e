-- When each model last received data through each client path (REST batch API, OTLP), so the model page
-- can say which sources feed a model and when they last did. Written at most once a minute per model,
-- source and instance, outside the ingestion transaction.
create table telemetry_source (
    model_id            uuid        not null references model on delete cascade,
    source              text        not null check (source in ('API', 'OTLP')),
    last_received_at    timestamptz not null,
    primary key (model_id, source)
);
