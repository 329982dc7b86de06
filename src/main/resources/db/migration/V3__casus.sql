-- An anonymous pupil case, brought to a leerteam by its owner (a teacher of that leerteam).
-- Pupils are never identified: there is no column for a name, birth date, address, photo or any
-- other identifier, and CasusKolommenTest fails when one is added.

create table casus (
    id                  uuid primary key,
    bestuur_id          uuid          not null,
    school_id           uuid          not null,
    leerteam_id         uuid          not null,
    eigenaar_id         uuid          not null,
    pseudoniem          varchar(40)   not null,
    groep               integer       not null check (groep between 1 and 8),
    hulpvraag           varchar(1000) not null,
    wat_zie_ik          varchar(4000),
    al_geprobeerd       varchar(4000),
    wat_gaat_goed       varchar(4000),
    wat_belemmert       varchar(4000),
    ouders_betrokken    boolean       not null default false,
    ouders_datum        date,
    ouders_afspraken    varchar(2000),
    ouders_waarom_niet  varchar(2000),
    status              varchar(20)   not null default 'OPEN' check (status in ('OPEN', 'GEESCALEERD', 'GESLOTEN')),
    aangemaakt          timestamptz   not null default now(),
    gewijzigd           timestamptz   not null default now(),
    gesloten_op         timestamptz,
    version             bigint        not null default 0,
    unique (leerteam_id, pseudoniem),
    foreign key (leerteam_id, bestuur_id) references leerteam (id, bestuur_id),
    foreign key (school_id, bestuur_id) references school (id, bestuur_id),
    foreign key (eigenaar_id, bestuur_id) references gebruiker (id, bestuur_id),
    check (not ouders_betrokken or (ouders_datum is not null and ouders_afspraken is not null))
);
create index casus_leerteam on casus (leerteam_id, status);

create table casus_tag (
    casus_id uuid        not null references casus (id) on delete cascade,
    tag      varchar(40) not null,
    primary key (casus_id, tag)
);
