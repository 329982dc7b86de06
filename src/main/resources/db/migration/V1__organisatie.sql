-- The organisation model: board (tenant) -> school -> leerteam, people and their memberships.
-- Every tenant-owned row carries its board, so that a query can always be limited to one tenant.

create table bestuur (
    id          uuid primary key,
    naam        varchar(200) not null,
    aangemaakt  timestamptz  not null default now(),
    version     bigint       not null default 0
);

create table school (
    id          uuid primary key,
    bestuur_id  uuid         not null references bestuur (id),
    naam        varchar(200) not null,
    brin        varchar(4)   not null unique check (brin ~ '^[0-9]{2}[A-Z]{2}$'),
    plaats      varchar(100),
    version     bigint       not null default 0,
    unique (id, bestuur_id)
);

create table leerteam (
    id           uuid primary key,
    bestuur_id   uuid         not null,
    school_id    uuid         not null,
    naam         varchar(100) not null,
    omschrijving varchar(500),
    version      bigint       not null default 0,
    unique (school_id, naam),
    unique (id, bestuur_id),
    -- a leerteam belongs to a school of its own board
    foreign key (school_id, bestuur_id) references school (id, bestuur_id)
);

create table gebruiker (
    id           uuid primary key,
    bestuur_id   uuid references bestuur (id),
    naam         varchar(200) not null,
    email        varchar(320) not null,
    taal         varchar(5)   not null default 'nl' check (taal in ('nl', 'en')),
    oidc_issuer  varchar(500),
    oidc_subject varchar(255),
    bestuurder   boolean      not null default false,
    beheerder    boolean      not null default false,
    aangemaakt   timestamptz  not null default now(),
    laatst_ingelogd timestamptz,
    version      bigint       not null default 0,
    unique (id, bestuur_id),
    -- the identity is the issuer and subject of the OIDC provider, never the e-mail address
    unique (oidc_issuer, oidc_subject),
    check ((oidc_issuer is null) = (oidc_subject is null)),
    check (bestuur_id is not null or beheerder)
);
create unique index gebruiker_email_per_bestuur on gebruiker (bestuur_id, lower(email));

create table school_rol (
    gebruiker_id uuid        not null,
    school_id    uuid        not null,
    bestuur_id   uuid        not null,
    rol          varchar(20) not null check (rol in ('LEERKRACHT', 'KC', 'DIRECTEUR')),
    primary key (gebruiker_id, school_id, rol),
    -- a person only holds roles at schools of their own board
    foreign key (gebruiker_id, bestuur_id) references gebruiker (id, bestuur_id) on delete cascade,
    foreign key (school_id, bestuur_id) references school (id, bestuur_id)
);
create index school_rol_school on school_rol (school_id);

create table leerteam_lid (
    leerteam_id  uuid not null,
    gebruiker_id uuid not null,
    bestuur_id   uuid not null,
    primary key (leerteam_id, gebruiker_id),
    foreign key (leerteam_id, bestuur_id) references leerteam (id, bestuur_id) on delete cascade,
    foreign key (gebruiker_id, bestuur_id) references gebruiker (id, bestuur_id) on delete cascade
);
create index leerteam_lid_gebruiker on leerteam_lid (gebruiker_id);

create table uitnodiging (
    id               uuid primary key,
    -- empty only for the invitation of an installation administrator, who belongs to no board
    bestuur_id       uuid,
    gebruiker_id     uuid        not null references gebruiker (id) on delete cascade,
    -- only a hash of the code is stored: a database read does not give away open invitations
    code_hash        varchar(64) not null unique,
    aangemaakt       timestamptz not null default now(),
    verloopt_op      timestamptz not null,
    geaccepteerd_op  timestamptz,
    ingetrokken_op   timestamptz,
    uitgenodigd_door uuid references gebruiker (id) on delete set null,
    version          bigint      not null default 0,
    foreign key (gebruiker_id, bestuur_id) references gebruiker (id, bestuur_id) on delete cascade
);
create index uitnodiging_gebruiker on uitnodiging (gebruiker_id);
