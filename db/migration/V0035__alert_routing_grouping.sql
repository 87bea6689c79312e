-- Routing, grouping and per-rule repeat intervals of notifications (issue 8 §3). See decision record 0024.

-- Routing: a channel takes only notices of at least min_severity (EVERYTHING, WARNING and up, CRITICAL only) and, when
-- model_tags is not empty, only notices about models carrying one of those tags. Notices that carry no routing facts
-- (a test notification, a notice to one person) go to every channel as before. A channel whose routing does not take
-- a notice gets a SKIPPED delivery that says why, so the alert's delivery list explains the silence.
alter table notification_channel
    add column min_severity text   not null default 'EVERYTHING' check (min_severity in ('EVERYTHING', 'WARNING', 'CRITICAL')),
    add column model_tags   text[] not null default '{}';
alter table notification_delivery drop constraint notification_delivery_status_check;
alter table notification_delivery add constraint notification_delivery_status_check
    check (status in ('PENDING', 'SENDING', 'DELIVERED', 'FAILED', 'SUPPRESSED', 'SKIPPED'));

-- Grouping: e-mail and webhook deliveries of a notice with a group key wait the group wait; the dispatcher then sends
-- every waiting, never-attempted delivery of the same channel and group key as one message. grouped_with records how
-- many other notices an attempt carried along in that message.
alter table notification_delivery add column group_key text check (length(group_key) <= 200);
create index notification_delivery_group_idx on notification_delivery (channel_id, group_key)
    where status = 'PENDING' and group_key is not null;
alter table delivery_attempt add column grouped_with int not null default 0 check (grouped_with >= 0);

-- How often a firing, unacknowledged alert is reminded; null takes beacon.alerting.repeat-interval.
alter table alert_rule add column repeat_interval_seconds int check (repeat_interval_seconds between 60 and 604800);
alter table alert_default add column repeat_interval_seconds int check (repeat_interval_seconds between 60 and 604800);
