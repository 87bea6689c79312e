-- Identity: users, teams, memberships, personal API tokens, and the audit trail.
-- Ids are time-ordered UUIDs (PostgreSQL 18's uuidv7()); the key column of every entity is named
-- <entity>_id so that jOOQ maps it to a typed id wherever it appears.

create table app_user (
    user_id             uuid primary key default uuidv7(),
    username            text        not null check (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    display_name        text        not null check (length(display_name) between 1 and 100),
    email               text        not null check (length(email) between 3 and 254),
    password_hash       text        not null,
    admin               boolean     not null default false,
    enabled             boolean     not null default true,
    time_zone           text,
    version             integer     not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create unique index app_user_username_key on app_user (username);

create table team (
    team_id             uuid primary key default uuidv7(),
    name                text        not null check (length(name) between 1 and 80),
    description         text        not null default '',
    version             integer     not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create unique index team_name_key on team (lower(name));

create table team_membership (
    team_id             uuid        not null references team on delete cascade,
    user_id             uuid        not null references app_user,
    role                text        not null check (role in ('OWNER', 'EDITOR', 'VIEWER')),
    created_at          timestamptz not null default now(),
    primary key (team_id, user_id)
);
create index team_membership_user_idx on team_membership (user_id);

create table api_token (
    api_token_id        uuid primary key default uuidv7(),
    user_id             uuid        not null references app_user,
    name                text        not null check (length(name) between 1 and 80),
    token_prefix        text        not null,
    token_hash          text        not null,
    created_at          timestamptz not null default now(),
    expires_at          timestamptz,
    last_used_at        timestamptz,
    revoked_at          timestamptz
);
create unique index api_token_hash_key on api_token (token_hash);
create index api_token_user_idx on api_token (user_id);

-- Append-only. Actor and team are kept as plain values so entries outlive what they describe.
create table audit_entry (
    audit_entry_id      bigint generated always as identity primary key,
    occurred_at         timestamptz not null default now(),
    actor_user_id       uuid,
    actor_name          text        not null,
    team_id             uuid,
    entity_type         text        not null,
    entity_id           text        not null,
    entity_name         text        not null,
    action              text        not null,
    summary             text        not null,
    before_state        jsonb,
    after_state         jsonb
);
create index audit_entry_time_idx on audit_entry (occurred_at desc);
create index audit_entry_team_time_idx on audit_entry (team_id, occurred_at desc);

-- Model registry.

create table model (
    model_id            uuid primary key default uuidv7(),
    team_id             uuid        not null references team,
    name                text        not null check (length(name) between 1 and 100),
    description         text        not null default '',
    runtime             text        not null check (runtime in ('VLLM', 'OLLAMA', 'LLAMA_CPP', 'TGI', 'OPENAI_COMPATIBLE', 'OTHER')),
    endpoint_url        text        not null check (endpoint_url ~* '^https?://'),
    served_model_name   text        not null check (length(served_model_name) between 1 and 200),
    version_label       text        not null check (length(version_label) between 1 and 80),
    context_window      integer     not null check (context_window > 0),
    default_temperature numeric(3, 2) not null check (default_temperature between 0 and 2),
    max_output_tokens   integer     not null check (max_output_tokens > 0),
    tags                text[]      not null default '{}',
    status              text        not null default 'ACTIVE' check (status in ('ACTIVE', 'DEPRECATED', 'RETIRED')),
    version             integer     not null default 0,
    created_at          timestamptz not null default now(),
    created_by_user_id  uuid        not null references app_user,
    updated_at          timestamptz not null default now(),
    updated_by_user_id  uuid        not null references app_user
);
create unique index model_team_name_key on model (team_id, lower(name));
create index model_tags_idx on model using gin (tags);

create table model_version (
    model_version_id    uuid primary key default uuidv7(),
    model_id            uuid        not null references model on delete cascade,
    version_label       text        not null,
    previous_label      text,
    note                text        not null default '',
    changed_at          timestamptz not null default now(),
    changed_by_user_id  uuid        not null references app_user
);
create index model_version_model_idx on model_version (model_id, changed_at desc);
