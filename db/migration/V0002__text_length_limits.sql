-- Every column that holds text from people gets an upper length limit, the same the services check
-- (Bean Validation on ModelData, TeamData, UserProfile, NewUser; ModelService.update's version note).
-- The services answer too-long input with a field error first; these limits are the last line, so
-- that a path around the services cannot store unbounded text either. length() counts characters,
-- like Java's String.length() for the text people type.
--
-- Columns V0001 already limits: app_user.username, display_name, email; team.name; api_token.name;
-- model.name, served_model_name, version_label. Hashes and token prefixes are made by Beacon, not typed.

alter table app_user
    add constraint app_user_time_zone_length check (length(time_zone) between 1 and 64);

alter table team
    add constraint team_description_length check (length(description) <= 500);

alter table model
    add constraint model_description_length check (length(description) <= 2000),
    add constraint model_endpoint_url_length check (length(endpoint_url) <= 500),
    -- at most 20 tags of at most 40 characters each
    add constraint model_tags_size check (cardinality(tags) <= 20 and length(array_to_string(tags, '')) <= 800);

-- History and audit rows are never updated. NOT VALID applies the limits to every new row without
-- rewriting or rejecting what older versions of Beacon already recorded (version notes had no limit).
alter table model_version
    add constraint model_version_label_length check (length(version_label) between 1 and 80) not valid,
    add constraint model_version_previous_label_length check (length(previous_label) between 1 and 80) not valid,
    add constraint model_version_note_length check (length(note) <= 2000) not valid;

-- The audit log names what people typed (model, team and user names) and how it changed. Its
-- repository shortens longer text to these limits, so appending an entry never fails on length.
alter table audit_entry
    add constraint audit_entry_actor_name_length check (length(actor_name) <= 300) not valid,
    add constraint audit_entry_entity_type_length check (length(entity_type) <= 100) not valid,
    add constraint audit_entry_entity_id_length check (length(entity_id) <= 300) not valid,
    add constraint audit_entry_entity_name_length check (length(entity_name) <= 300) not valid,
    add constraint audit_entry_action_length check (length(action) <= 100) not valid,
    add constraint audit_entry_summary_length check (length(summary) <= 4000) not valid;
