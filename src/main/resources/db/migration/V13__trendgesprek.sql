-- The research cycle over a school's results: a trend discussion with its observations (each tied to
-- a selection of the results), hypotheses with their evidence, a conclusion, and interventions that
-- are evaluated after the next test window. It belongs to the school; a leerteam may hold it.
create table trendgesprek (
    id            uuid          primary key,
    bestuur_id    uuid          not null,
    school_id     uuid          not null,
    leerteam_id   uuid,
    titel         varchar(200)  not null,
    aanleiding    varchar(2000),
    conclusie     varchar(5000),
    gestart_door  uuid          not null,
    gestart       timestamptz   not null,
    afgerond      timestamptz,
    version       bigint        not null default 0,
    foreign key (school_id, bestuur_id) references school (id, bestuur_id) on delete cascade,
    foreign key (leerteam_id, bestuur_id) references leerteam (id, bestuur_id) on delete set null (leerteam_id)
);
create index trendgesprek_school on trendgesprek (school_id, gestart desc);

-- what was seen, and the selection of the results it was seen in
create table trend_waarneming (
    id          uuid          primary key,
    gesprek_id  uuid          not null references trendgesprek (id) on delete cascade,
    soort       varchar(12)   not null check (soort in ('WAARNEMING', 'HYPOTHESE')),
    tekst       varchar(1000) not null,
    vak         varchar(30)   not null,
    schooljaar  smallint      not null,
    meetmoment  char(1)       check (meetmoment in ('B', 'M', 'E')),
    jaargroep   smallint      check (jaargroep between 1 and 8),
    -- a hypothesis only: open until the leaders mark it, with the evidence that decided it
    status      varchar(12)   check (status in ('OPEN', 'BEVESTIGD', 'VERWORPEN')),
    bewijs      varchar(2000),
    auteur_id   uuid          not null,
    aangemaakt  timestamptz   not null,
    version     bigint        not null default 0,
    check ((soort = 'HYPOTHESE') = (status is not null))
);
create index trend_waarneming_gesprek on trend_waarneming (gesprek_id, aangemaakt);

create table trend_interventie (
    id            uuid          primary key,
    gesprek_id    uuid          not null references trendgesprek (id) on delete cascade,
    wat           varchar(1000) not null,
    wie           varchar(200)  not null,
    vanaf         date          not null,
    evaluatie_op  date          not null check (evaluatie_op >= vanaf),
    -- focus criteria of a kijkwijzer the classroom visits can look at
    criteria      uuid[]        not null default '{}',
    resultaat     varchar(12)   check (resultaat in ('WERKT', 'DEELS', 'WERKT_NIET')),
    evaluatie     varchar(2000),
    geevalueerd   timestamptz,
    auteur_id     uuid          not null,
    aangemaakt    timestamptz   not null,
    version       bigint        not null default 0,
    check ((resultaat is null) = (geevalueerd is null))
);
create index trend_interventie_gesprek on trend_interventie (gesprek_id, aangemaakt);

-- the story behind a number: a note on one point of the results
create table trend_notitie (
    id          uuid          primary key,
    bestuur_id  uuid          not null,
    school_id   uuid          not null,
    schooljaar  smallint      not null,
    meetmoment  char(1)       not null check (meetmoment in ('B', 'M', 'E')),
    jaargroep   smallint      not null check (jaargroep between 1 and 8),
    vak         varchar(30)   not null,
    tekst       varchar(500)  not null,
    auteur_id   uuid          not null,
    aangemaakt  timestamptz   not null,
    foreign key (school_id, bestuur_id) references school (id, bestuur_id) on delete cascade
);
create index trend_notitie_school on trend_notitie (school_id, schooljaar);

-- a trend discussion can be an item of a leerteam meeting, and then runs live there
alter table agendapunt drop constraint agendapunt_soort_check;
alter table agendapunt add constraint agendapunt_soort_check check (soort in ('CASUS', 'ONDERWERP', 'TRENDGESPREK'));
alter table agendapunt add column trendgesprek_id uuid references trendgesprek (id) on delete set null;
