-- A classroom visit the KC chose as the next step of an escalated case keeps the case it came from, so the
-- case and the visit link to each other. When the retention job deletes the case, the visit stays, unlinked.
alter table klassenbezoek add column casus_id uuid references casus (id) on delete set null;
create index klassenbezoek_casus on klassenbezoek (casus_id) where casus_id is not null;
