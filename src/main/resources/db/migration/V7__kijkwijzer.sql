-- Observation instruments (kijkwijzers) of a school or of the whole board. Each change of a version
-- that a visit has used makes a new version, so a visit keeps showing the criteria it was held with.
-- A version's domains and criteria are stored as one JSON document (the same format as the export);
-- criteria keep their id from version to version, so school aggregates can follow a criterion.

create table kijkwijzer (
    id           uuid         primary key,
    bestuur_id   uuid         not null references bestuur (id),
    school_id    uuid,
    naam         varchar(120) not null,
    aangemaakt   timestamptz  not null,
    gewijzigd    timestamptz  not null,
    version      bigint       not null default 0,
    foreign key (school_id, bestuur_id) references school (id, bestuur_id)
);
create index kijkwijzer_bestuur on kijkwijzer (bestuur_id, school_id);

create table kijkwijzer_versie (
    id            uuid          primary key,
    kijkwijzer_id uuid          not null references kijkwijzer (id) on delete cascade,
    nummer        integer       not null check (nummer >= 1),
    omschrijving  varchar(1000),
    inhoud        text          not null,
    gebruikt      boolean       not null default false,
    aangemaakt    timestamptz   not null,
    unique (kijkwijzer_id, nummer)
);
