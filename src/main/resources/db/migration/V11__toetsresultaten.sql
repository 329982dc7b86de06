-- The school's test results as aggregates: one row per school × schooljaar × meetmoment × jaargroep ×
-- vak × toets, never a pupil. Level counts in the order of the row's scale (I–V, A–E, <1F/1F/1S-2F;
-- none for a percentage). A change of provider, test or scale is a break in a trend, never averaged.

create table trendimport (
    id           uuid         primary key,
    bestuur_id   uuid         not null,
    school_id    uuid         not null,
    -- null: Leerteam itself (the demonstration data)
    door_id      uuid,
    moment       timestamptz  not null,
    bestandsnaam varchar(200),
    inhoud_hash  varchar(64)  not null,
    nieuw        integer      not null,
    vervangen    integer      not null,
    ongewijzigd  integer      not null,
    foreign key (school_id, bestuur_id) references school (id, bestuur_id) on delete cascade
);
create index trendimport_school on trendimport (school_id, moment);

create table toetsresultaat (
    id          uuid          primary key,
    bestuur_id  uuid          not null,
    school_id   uuid          not null,
    schooljaar  smallint      not null,
    meetmoment  char(1)       not null check (meetmoment in ('B', 'M', 'E')),
    afnamedatum date,
    jaargroep   smallint      not null check (jaargroep between 1 and 8),
    groep       varchar(40),
    vak         varchar(30)   not null,
    aanbieder   varchar(20)   not null,
    toets       varchar(100)  not null,
    schaal      varchar(5)    not null check (schaal in ('IV', 'AE', 'REF', 'PCT')),
    aantal      integer       not null check (aantal >= 0),
    gemiddelde  numeric(8, 2),
    niveaus     integer[]     not null default '{}',
    toelichting varchar(500),
    import_id   uuid          not null references trendimport (id),
    unique (school_id, schooljaar, meetmoment, jaargroep, vak, toets),
    foreign key (school_id, bestuur_id) references school (id, bestuur_id) on delete cascade
);

-- a refused file (pupil rows) is audited without its content
alter table audit_log drop constraint audit_log_actie_check;
alter table audit_log add constraint audit_log_actie_check check (actie in ('GELEZEN', 'AANGEMAAKT', 'GEWIJZIGD',
    'VERWIJDERD', 'PRIVACY_WAARSCHUWING_BEVESTIGD', 'BEWAARTERMIJN_VERLOPEN', 'GEWEIGERD'));
