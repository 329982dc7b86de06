-- Meetings of a leerteam: the agenda, notes per item, decisions and action items, who attended,
-- and who is in the meeting right now. Rows carry the board, and memberships stay inside it.

create table bijeenkomst (
    id                   uuid         primary key,
    bestuur_id           uuid         not null,
    school_id            uuid         not null,
    leerteam_id          uuid         not null,
    titel                varchar(120) not null,
    datum                date         not null,
    begintijd            time         not null,
    eindtijd             time         not null,
    plaats               varchar(200),
    online_link          varchar(500),
    voorzitter_id        uuid         not null,
    notulist_id          uuid         not null,
    status               varchar(20)  not null default 'GEPLAND' check (status in ('GEPLAND', 'BEZIG', 'AFGEROND')),
    huidig_agendapunt_id uuid,
    aangemaakt           timestamptz  not null,
    version              bigint       not null default 0,
    check (eindtijd > begintijd),
    foreign key (leerteam_id, bestuur_id) references leerteam (id, bestuur_id) on delete cascade,
    foreign key (school_id, bestuur_id) references school (id, bestuur_id),
    foreign key (voorzitter_id, bestuur_id) references gebruiker (id, bestuur_id),
    foreign key (notulist_id, bestuur_id) references gebruiker (id, bestuur_id)
);
create index bijeenkomst_leerteam on bijeenkomst (leerteam_id, datum);

create table agendapunt (
    id             uuid           primary key,
    bijeenkomst_id uuid           not null references bijeenkomst (id) on delete cascade,
    volgorde       integer        not null,
    soort          varchar(20)    not null check (soort in ('CASUS', 'ONDERWERP')),
    -- A case on the agenda; when the retention job deletes the case, the item keeps its title.
    casus_id       uuid           references casus (id) on delete set null,
    titel          varchar(200)   not null,
    notities       varchar(20000),
    version        bigint         not null default 0
);
create index agendapunt_bijeenkomst on agendapunt (bijeenkomst_id, volgorde);

create table besluit (
    id            uuid          primary key,
    agendapunt_id uuid          not null references agendapunt (id) on delete cascade,
    tekst         varchar(1000) not null,
    aangemaakt    timestamptz   not null
);
create index besluit_agendapunt on besluit (agendapunt_id, aangemaakt);

create table actiepunt (
    id             uuid         primary key,
    bestuur_id     uuid         not null,
    leerteam_id    uuid         not null,
    bijeenkomst_id uuid         not null references bijeenkomst (id) on delete cascade,
    agendapunt_id  uuid         references agendapunt (id) on delete set null,
    tekst          varchar(500) not null,
    eigenaar_id    uuid         not null,
    deadline       date         not null,
    afgerond_op    timestamptz,
    afgerond_in    uuid         references bijeenkomst (id) on delete set null,
    aangemaakt     timestamptz  not null,
    version        bigint       not null default 0,
    foreign key (leerteam_id, bestuur_id) references leerteam (id, bestuur_id) on delete cascade,
    foreign key (eigenaar_id, bestuur_id) references gebruiker (id, bestuur_id)
);
create index actiepunt_open on actiepunt (leerteam_id) where afgerond_op is null;
create index actiepunt_bijeenkomst on actiepunt (bijeenkomst_id);

create table bijeenkomst_deelnemer (
    bijeenkomst_id uuid not null references bijeenkomst (id) on delete cascade,
    gebruiker_id   uuid not null references gebruiker (id) on delete cascade,
    primary key (bijeenkomst_id, gebruiker_id)
);

-- Who has the meeting open right now, one row per browser window.
create table aanwezigheid (
    verbinding_id  uuid        primary key,
    bijeenkomst_id uuid        not null references bijeenkomst (id) on delete cascade,
    gebruiker_id   uuid        not null references gebruiker (id) on delete cascade,
    sinds          timestamptz not null
);
create index aanwezigheid_bijeenkomst on aanwezigheid (bijeenkomst_id);
