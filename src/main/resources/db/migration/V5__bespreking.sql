-- The live format of a case discussion (rounds, questions, factors, ideas, agreements), the
-- per-leerteam round durations, and the escalation of a case to the school's KC.
-- Everything hangs off the case and goes with it when the retention job deletes the case.

create table format_instelling (
    leerteam_id uuid    primary key references leerteam (id) on delete cascade,
    inbreng_minuten     integer not null check (inbreng_minuten between 1 and 60),
    vragen_minuten      integer not null check (vragen_minuten between 1 and 60),
    analyse_minuten     integer not null check (analyse_minuten between 1 and 60),
    ideeen_minuten      integer not null check (ideeen_minuten between 1 and 60),
    afspraken_minuten   integer not null check (afspraken_minuten between 1 and 60),
    afsluiting_minuten  integer not null check (afsluiting_minuten between 1 and 60),
    version     bigint  not null default 0
);

create table bespreking (
    id            uuid        primary key,
    casus_id      uuid        not null references casus (id) on delete cascade,
    voorzitter_id uuid        not null references gebruiker (id),
    ronde         varchar(20) not null check (ronde in ('INBRENG', 'VRAGEN', 'ANALYSE', 'IDEEEN', 'AFSPRAKEN', 'AFSLUITING')),
    ronde_gestart timestamptz not null,
    ronde_minuten integer     not null check (ronde_minuten between 1 and 180),
    gestart       timestamptz not null,
    afgerond      timestamptz,
    version       bigint      not null default 0
);
-- One running discussion per case at a time.
create unique index bespreking_lopend on bespreking (casus_id) where afgerond is null;

create table bijdrage (
    id            uuid          primary key,
    bespreking_id uuid          not null references bespreking (id) on delete cascade,
    soort         varchar(20)   not null check (soort in ('VRAAG', 'FACTOR', 'IDEE')),
    factor        varchar(30)   check (factor in ('KIND_STIMULEREND', 'KIND_BELEMMEREND', 'OMGEVING_STIMULEREND', 'OMGEVING_BELEMMEREND')),
    tekst         varchar(1000) not null,
    antwoord      varchar(2000),
    auteur_id     uuid          not null references gebruiker (id),
    aangemaakt    timestamptz   not null,
    version       bigint        not null default 0,
    check ((soort = 'FACTOR') = (factor is not null)),
    check (soort = 'VRAAG' or antwoord is null)
);
create index bijdrage_bespreking on bijdrage (bespreking_id, aangemaakt);

create table afspraak (
    id             uuid          primary key,
    casus_id       uuid          not null references casus (id) on delete cascade,
    bespreking_id  uuid          not null references bespreking (id) on delete cascade,
    idee_id        uuid          references bijdrage (id) on delete set null,
    tekst          varchar(1000) not null,
    evaluatiedatum date          not null,
    resultaat      varchar(20)   check (resultaat in ('GENOEG', 'NIET_GENOEG')),
    evaluatie      varchar(2000),
    geevalueerd_op timestamptz,
    aangemaakt     timestamptz   not null,
    version        bigint        not null default 0,
    check ((resultaat is null) = (geevalueerd_op is null))
);
create index afspraak_casus on afspraak (casus_id, evaluatiedatum);

create table escalatie (
    id                uuid          primary key,
    casus_id          uuid          not null references casus (id) on delete cascade,
    school_id         uuid          not null references school (id),
    vraag             varchar(2000) not null,
    geescaleerd_op    timestamptz   not null,
    vervolgstap       varchar(20)   check (vervolgstap in ('NIEUWE_RONDE', 'KLASSENBEZOEK', 'VERWIJZING')),
    vervolgstap_datum date,
    verwijzing        varchar(30)   check (verwijzing in ('ONDERZOEK', 'SAMENWERKINGSVERBAND', 'JEUGDHULP', 'SCHOOLMAATSCHAPPELIJK_WERK', 'LOGOPEDIE', 'FYSIOTHERAPIE', 'ANDERS')),
    kc_id             uuid          references gebruiker (id),
    vervolgstap_op    timestamptz,
    version           bigint        not null default 0,
    check ((vervolgstap is null) = (vervolgstap_datum is null)),
    check ((vervolgstap = 'VERWIJZING') = (verwijzing is not null))
);
-- One open escalation per case at a time.
create unique index escalatie_open on escalatie (casus_id) where vervolgstap is null;
create index escalatie_school on escalatie (school_id) where vervolgstap is null;

create table escalatie_bericht (
    id           uuid          primary key,
    escalatie_id uuid          not null references escalatie (id) on delete cascade,
    soort        varchar(20)   not null check (soort in ('VRAAG', 'ANTWOORD', 'ADVIES')),
    tekst        varchar(2000) not null,
    auteur_id    uuid          not null references gebruiker (id),
    aangemaakt   timestamptz   not null
);
create index escalatie_bericht_escalatie on escalatie_bericht (escalatie_id, aangemaakt);
