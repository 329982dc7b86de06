-- How long a board keeps finished classroom visits before the retention job removes them.
alter table bestuur
    add column bezoek_bewaartermijn_maanden integer not null default 24 check (bezoek_bewaartermijn_maanden between 1 and 120);

-- What a removed visit leaves behind: only its counts in the school picture, per school and half school year
-- (the periods the school picture is shown for), never a teacher, a date or a text.
create table schoolbeeld_archief (
    school_id    uuid     not null,
    bestuur_id   uuid     not null,
    periode_van  date     not null,
    criterium_id uuid     not null,
    bezoeken     integer  not null,
    gezien       integer  not null,
    deels        integer  not null,
    niet_gezien  integer  not null,
    nvt          integer  not null,
    primary key (school_id, periode_van, criterium_id),
    foreign key (school_id, bestuur_id) references school (id, bestuur_id) on delete cascade
);

create table schoolbeeld_archief_bezoeken (
    school_id   uuid     not null,
    bestuur_id  uuid     not null,
    periode_van date     not null,
    bezoeken    integer  not null,
    primary key (school_id, periode_van),
    foreign key (school_id, bestuur_id) references school (id, bestuur_id) on delete cascade
);
