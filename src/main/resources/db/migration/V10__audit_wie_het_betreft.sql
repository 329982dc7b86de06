-- Role and membership changes are audited too: who changed them (gebruiker_id), for whom (betreft_id).
-- A person reads the changes that concern them on their profile.
alter table audit_log add column betreft_id uuid;
create index audit_log_betreft on audit_log (betreft_id, moment) where betreft_id is not null;
