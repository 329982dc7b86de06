-- A school's own ambitions for its results (metric + threshold + scope), and the inspectie's
-- signaleringswaarden as reference lines of their own.
create table ambitie (
    id            uuid          primary key,
    bestuur_id    uuid          not null,
    school_id     uuid          not null,
    soort         varchar(20)   not null check (soort in ('AMBITIE', 'SIGNALERINGSWAARDE')),
    vak           varchar(30)   not null,
    maat          varchar(20)   not null check (maat in ('BOVEN_MIDDEN', 'REF_1F', 'REF_1S2F')),
    drempel       smallint      not null check (drempel between 0 and 100),
    groep_van     smallint      not null check (groep_van between 1 and 8),
    groep_tot     smallint      not null check (groep_tot between 1 and 8 and groep_tot >= groep_van),
    gewijzigd     timestamptz   not null,
    version       bigint        not null default 0,
    foreign key (school_id, bestuur_id) references school (id, bestuur_id) on delete cascade
);
create index ambitie_school on ambitie (school_id);
