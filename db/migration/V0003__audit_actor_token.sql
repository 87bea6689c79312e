-- Which personal API token acted, for entries made through the REST API. A plain value like the
-- actor's user id: entries outlive what they describe. The actor's name names the token as well.
alter table audit_entry add column actor_api_token_id uuid;
