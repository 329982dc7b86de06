-- The KC-platform's practice cards: good practice of one school, published board-wide only after the
-- privacy guard and a KC of another school of the board passed it. A card has versions; the published one
-- stays readable while a newer one is in review. Every step is kept in the card's history.
create table platform_thema (
    id         uuid         primary key,
    bestuur_id uuid         not null references bestuur (id) on delete cascade,
    naam       varchar(60)  not null
);
create unique index platform_thema_naam on platform_thema (bestuur_id, lower(naam));

create table praktijkkaart (
    id                   uuid         primary key,
    bestuur_id           uuid         not null,
    school_id            uuid         not null,
    eigenaar_id          uuid         not null,
    -- the version the board reads; null until a reviewer first approves one
    gepubliceerde_versie integer,
    aangemaakt           timestamptz  not null,
    version              bigint       not null default 0,
    foreign key (school_id, bestuur_id) references school (id, bestuur_id) on delete cascade
);
create index praktijkkaart_bestuur on praktijkkaart (bestuur_id);

create table praktijkkaart_versie (
    kaart_id      uuid          not null references praktijkkaart (id) on delete cascade,
    nummer        integer       not null,
    status        varchar(12)   not null check (status in ('CONCEPT', 'TER_REVIEW', 'GOEDGEKEURD')),
    titel         varchar(200)  not null,
    domein        varchar(20)   not null check (domein in ('LEERCOORDINATOR', 'TRENDANALIST', 'ZORGREGISSEUR')),
    themas        uuid[]        not null default '{}',
    groepen       smallint[]    not null default '{}',
    schoolgrootte varchar(10)   check (schoolgrootte in ('KLEIN', 'MIDDEL', 'GROOT')),
    populatie     varchar(10)   check (populatie in ('LAAG', 'GEMIDDELD', 'HOOG')),
    aanleiding    varchar(2000),
    wat           varchar(4000),
    waarom        varchar(4000),
    hoe           varchar(4000),
    resultaten    varchar(4000),
    bewijs        varchar(12)   check (bewijs in ('ANEKDOTE', 'PRAKTIJKDATA', 'ONDERZOEK')),
    uren          integer       check (uren between 0 and 1000),
    herzien_voor  date          not null,
    reviewer_id   uuid,
    opmerking     varchar(1000),
    primary key (kaart_id, nummer)
);

create table praktijkkaart_stap (
    id        bigint        generated always as identity primary key,
    kaart_id  uuid          not null references praktijkkaart (id) on delete cascade,
    nummer    integer       not null,
    stap      varchar(14)   not null check (stap in ('AANGEMAAKT', 'INGEDIEND', 'GOEDGEKEURD', 'TERUGGESTUURD', 'BEVESTIGD',
                                                      'NIEUWE_VERSIE')),
    door_id   uuid          not null,
    moment    timestamptz   not null,
    opmerking varchar(1000)
);
create index praktijkkaart_stap_kaart on praktijkkaart_stap (kaart_id, id);
