-- Ingestion keys: what clients of a team send telemetry with. Shown once; only a SHA-256 of the secret is
-- stored. A key writes telemetry for its team's models (or one of them) and reads nothing.
create table ingestion_key (
    ingestion_key_id    uuid primary key default uuidv7(),
    team_id             uuid        not null references team on delete cascade,
    model_id            uuid        references model on delete cascade,
    name                text        not null check (length(name) between 1 and 80),
    key_prefix          text        not null,
    key_hash            text        not null,
    created_at          timestamptz not null default now(),
    created_by_user_id  uuid        not null references app_user,
    expires_at          timestamptz,
    last_used_at        timestamptz,
    revoked_at          timestamptz
);
create unique index ingestion_key_hash_key on ingestion_key (key_hash);
create index ingestion_key_team_idx on ingestion_key (team_id);
