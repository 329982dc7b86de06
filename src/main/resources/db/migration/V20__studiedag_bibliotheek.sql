-- The studiedag library: what teams, KCs and directors made for a studiedag, visible to their school, and to
-- the board once a KC of the school approved the version that is current. The files themselves lie on disk in
-- a folder per board under names Leerteam made up; these rows say what they are and who may read them.
create table studiedag_bestand (
    id              uuid          primary key,
    bestuur_id      uuid          not null,
    school_id       uuid          not null,
    titel           varchar(200)  not null,
    beschrijving    varchar(2000),
    themas          uuid[]        not null default '{}',
    studiedag       varchar(200),
    studiedag_datum date,
    aangemaakt_door uuid          not null,
    aangemaakt      timestamptz   not null,
    version         bigint        not null default 0,
    foreign key (school_id, bestuur_id) references school (id, bestuur_id) on delete cascade
);
create index studiedag_bestand_bestuur on studiedag_bestand (bestuur_id);

create table studiedag_bestand_versie (
    bestand_id           uuid          not null references studiedag_bestand (id) on delete cascade,
    nummer               integer       not null,
    bestandsnaam         varchar(120)  not null,
    soort                varchar(4)    not null check (soort in ('PDF', 'DOCX', 'PPTX', 'PNG', 'JPEG')),
    grootte              bigint        not null,
    sha256               char(64)      not null,
    -- the file as uploaded, for its school; the copy without author fields, for the board
    origineel            varchar(60)   not null,
    gedeeld              varchar(60)   not null,
    voorbeeld            varchar(60),
    -- what the file says (for search), and what the privacy guard found in which part: "deel:SOORT,SOORT;..."
    tekst                text          not null default '',
    bevindingen          varchar(500),
    geupload_door        uuid          not null,
    geupload             timestamptz   not null,
    goedgekeurd_door     uuid,
    goedgekeurd          timestamptz,
    bevindingen_bevestigd boolean      not null default false,
    primary key (bestand_id, nummer)
);

-- A practice card's version names the library files (at the version they had) that go with it.
create table praktijkkaart_bijlage (
    kaart_id       uuid     not null,
    kaart_versie   integer  not null,
    bestand_id     uuid     not null,
    bestand_versie integer  not null,
    primary key (kaart_id, kaart_versie, bestand_id),
    foreign key (kaart_id, kaart_versie) references praktijkkaart_versie (kaart_id, nummer) on delete cascade,
    foreign key (bestand_id, bestand_versie) references studiedag_bestand_versie (bestand_id, nummer) on delete cascade
);
create index praktijkkaart_bijlage_bestand on praktijkkaart_bijlage (bestand_id);
