-- Classroom visits: they start from the teacher's own learning question, and what is observed
-- belongs to the teacher and the observer. Nobody else reads a visit; school figures are counted
-- per criterion over many visits, never per teacher.

create table klassenbezoek (
    id                    uuid          primary key,
    bestuur_id            uuid          not null,
    school_id             uuid          not null,
    leerkracht_id         uuid          not null,
    observator_id         uuid          not null,
    soort                 varchar(20)   not null check (soort in ('KC', 'COLLEGIAAL')),
    aangevraagd_door_id   uuid          not null,
    status                varchar(20)   not null check (status in ('GEPLAND', 'VOORGESPREK', 'OBSERVATIE', 'NAGESPREK', 'AFGEROND')),
    datum                 date          not null,
    leervraag             varchar(1000),
    les                   varchar(300),
    groep                 integer       check (groep between 1 and 8),
    kijkwijzer_versie_id  uuid          references kijkwijzer_versie (id),
    wat_ging_goed         varchar(4000),
    feedforward           varchar(4000),
    reflectie             varchar(4000),
    ontwikkeldoel         varchar(1000),
    vervolg_van_id        uuid          references klassenbezoek (id) on delete set null,
    aangemaakt            timestamptz   not null,
    gewijzigd             timestamptz   not null,
    afgerond_op           timestamptz,
    version               bigint        not null default 0,
    check (leerkracht_id <> observator_id),
    foreign key (school_id, bestuur_id) references school (id, bestuur_id),
    foreign key (leerkracht_id, bestuur_id) references gebruiker (id, bestuur_id),
    foreign key (observator_id, bestuur_id) references gebruiker (id, bestuur_id)
);
create index klassenbezoek_leerkracht on klassenbezoek (leerkracht_id);
create index klassenbezoek_observator on klassenbezoek (observator_id);
create index klassenbezoek_school on klassenbezoek (school_id, status, afgerond_op);

-- The criteria chosen in the voorgesprek, and per criterion what was seen.
create table bezoek_focus (
    bezoek_id    uuid          not null references klassenbezoek (id) on delete cascade,
    criterium_id uuid          not null,
    volgorde     integer       not null,
    waarneming   varchar(20)   check (waarneming in ('GEZIEN', 'DEELS', 'NIET_GEZIEN', 'NVT')),
    notitie      varchar(4000),
    primary key (bezoek_id, criterium_id)
);

create table bezoek_notitie (
    id        uuid          primary key,
    bezoek_id uuid          not null references klassenbezoek (id) on delete cascade,
    tijdstip  timestamptz   not null,
    tekst     varchar(1000) not null
);
create index bezoek_notitie_bezoek on bezoek_notitie (bezoek_id, tijdstip);
