-- How a school's group overviews (the pupil-tracking system's export) map onto Leerteam's format: set
-- once by a KC or the director, remembered for the next file. Column names only, never a pupil.
create table kolomindeling (
    school_id  uuid          primary key,
    bestuur_id uuid          not null,
    indeling   varchar(4000) not null,
    gewijzigd  timestamptz   not null,
    foreign key (school_id, bestuur_id) references school (id, bestuur_id) on delete cascade
);
