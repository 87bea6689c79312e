-- Endpoint credentials (issue 10 §2): a model may carry an API key that Beacon sends to its endpoint, so it cannot be
-- hashed; it is stored encrypted (AES-256-GCM) by shared.secrets.SecretBox. See
-- docs/design-decisions/0029-secret-key-and-endpoint-credentials.md.

-- One value Beacon encrypted with its secret key on the first start: decrypting it at every start tells a wrong
-- BEACON_SECRET_KEY (or a lost key file) apart from the right one before any stored secret is needed.
create table secret_key_check (
    id          integer     primary key check (id = 1),
    sealed      bytea       not null,
    created_at  timestamptz not null
);

-- The API key of a model: version byte, 96-bit nonce and AES-GCM ciphertext with its tag; never the plain key.
create table model_credential (
    model_id            uuid        primary key references model on delete cascade,
    api_key             bytea       not null check (length(api_key) between 29 and 8192),
    updated_at          timestamptz not null,
    updated_by_user_id  uuid        references app_user on delete set null
);
