-- Words a school's KC has said are not names (a method, a local project), so the privacy guard no longer
-- flags them for anyone who writes at that school. Who added a word is kept with it and in the audit log.
create table school_woord (
    id              uuid         primary key,
    bestuur_id      uuid         not null,
    school_id       uuid         not null,
    woord           varchar(60)  not null,
    toegevoegd_door uuid,
    toegevoegd_op   timestamptz  not null,
    version         bigint       not null default 0,
    foreign key (school_id, bestuur_id) references school (id, bestuur_id) on delete cascade
);
create unique index school_woord_uniek on school_woord (school_id, lower(woord));
