-- Notifications (module dev.beacon.notification): team channels, the notices sent through them, one delivery per
-- notice and target with every attempt, and each person's in-app inbox.

-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.0): the transactional
-- outbox. A notice requested inside a caller's transaction is stored here in that transaction and handed to the
-- notification module's listener after the commit; publications that were not completed are resubmitted.
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Where a team's notices go. Recipients: chosen members (empty = every member) for EMAIL and IN_APP, plus
-- e-mail addresses for EMAIL. The webhook secret signs each request body (HMAC-SHA256); it has to be kept
-- readable to sign, and it is shown to people once, when created or renewed.
create table notification_channel (
    channel_id         uuid primary key default uuidv7(),
    team_id            uuid        not null references team on delete cascade,
    version            int         not null default 0,
    name               text        not null check (length(name) between 1 and 80),
    channel_type       text        not null check (channel_type in ('EMAIL', 'WEBHOOK', 'IN_APP')),
    enabled            boolean     not null default true,
    recipient_user_ids uuid[]      not null default '{}',
    email_addresses    text[]      not null default '{}',
    webhook_url        text check (length(webhook_url) <= 2000),
    webhook_format     text check (webhook_format in ('BEACON', 'SLACK')),
    webhook_secret     text,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    unique (team_id, name)
);

-- What a module asked to tell a team (team_id) or one person (user_id). Written once, by the outbox listener;
-- notice_id comes from the request, so a resubmitted publication finds its notice and changes nothing.
create table notice (
    notice_id   uuid primary key,
    team_id     uuid references team on delete cascade,
    user_id     uuid references app_user on delete cascade,
    kind        text        not null check (length(kind) between 1 and 40),
    severity    text        not null check (severity in ('INFO', 'WARNING', 'CRITICAL', 'RESOLVED')),
    title       text        not null check (length(title) between 1 and 200),
    body        text        not null check (length(body) <= 4000),
    link        text check (length(link) <= 2000),
    fields      json        not null default '{}',
    group_key   text check (length(group_key) <= 200),
    dedupe_key  text check (length(dedupe_key) <= 200),
    created_at  timestamptz not null,
    check (team_id is not null or user_id is not null)
);
create index notice_team_idx on notice (team_id, created_at);

-- One notice to one target: a channel, or (for a notice to one person) that person's e-mail address. Any
-- instance claims due deliveries with FOR UPDATE SKIP LOCKED and a claim token, so each is sent by one instance
-- at a time; a claim that outlives its lease (a crashed instance) is taken over.
create table notification_delivery (
    delivery_id     uuid primary key default uuidv7(),
    notice_id       uuid        not null references notice on delete cascade,
    channel_id      uuid references notification_channel on delete set null,
    user_id         uuid references app_user on delete cascade,
    target_type     text        not null check (target_type in ('EMAIL', 'WEBHOOK', 'IN_APP')),
    target_name     text        not null,
    dedupe_key      text,
    status          text        not null check (status in ('PENDING', 'SENDING', 'DELIVERED', 'FAILED', 'SUPPRESSED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz,
    claim_token     uuid,
    claimed_until   timestamptz,
    detail          text,
    created_at      timestamptz not null,
    finished_at     timestamptz
);
create index notification_delivery_notice_idx on notification_delivery (notice_id);
create index notification_delivery_due_idx on notification_delivery (next_attempt_at) where status in ('PENDING', 'SENDING');
create index notification_delivery_dedupe_idx on notification_delivery (dedupe_key, created_at) where dedupe_key is not null;

-- Every attempt to send a delivery, as the alert page shows it.
create table delivery_attempt (
    delivery_attempt_id uuid primary key default uuidv7(),
    delivery_id         uuid        not null references notification_delivery on delete cascade,
    attempt             int         not null,
    attempted_at        timestamptz not null,
    outcome             text        not null check (outcome in ('DELIVERED', 'FAILED')),
    http_status         int,
    error               text check (length(error) <= 1000),
    duration_ms         int
);
create index delivery_attempt_delivery_idx on delivery_attempt (delivery_id);

-- The in-app inbox: one row per notice and person, read or not.
create table inbox_item (
    user_id    uuid        not null references app_user on delete cascade,
    notice_id  uuid        not null references notice on delete cascade,
    created_at timestamptz not null,
    read_at    timestamptz,
    primary key (user_id, notice_id)
);
create index inbox_item_unread_idx on inbox_item (user_id) where read_at is null;
