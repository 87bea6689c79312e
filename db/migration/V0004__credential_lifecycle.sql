-- Personal API tokens always expire (decision record 0009). Tokens created before this version with
-- "never expires" get the default cap of 365 days after their creation, exactly as if they had been
-- created under the cap; those older than that are expired from now on and show so on their owner's
-- token page. The column then refuses tokens without an expiry.
update api_token set expires_at = created_at + interval '365 days' where expires_at is null;
alter table api_token alter column expires_at set not null;
