-- Team defaults get a name people recognise them by ("from team default vLLM latency").
alter table alert_default
    add column name text not null default 'Team default' check (length(name) between 1 and 100);

-- A model's own rule that replaced its copy of a team default (an override): the model page says which default
-- it overrides, and "restore default" deletes it and brings the default's copy back.
alter table alert_rule
    add column overrides_default_id uuid references alert_default on delete set null;
create index alert_rule_overrides_default_idx on alert_rule (overrides_default_id) where overrides_default_id is not null;
