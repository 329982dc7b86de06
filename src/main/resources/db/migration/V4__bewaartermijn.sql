-- How long a board keeps closed cases before the retention job deletes them.
alter table bestuur
    add column bewaartermijn_maanden integer not null default 12 check (bewaartermijn_maanden between 1 and 120);
