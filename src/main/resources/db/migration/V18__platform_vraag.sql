-- Questions a KC puts to the board's other KCs, their answers, the answer that helped, and what a person
-- follows without writing (a question, a theme or a domain; the notifications issue delivers it).
create table platform_vraag (
    id               uuid          primary key,
    bestuur_id       uuid          not null references bestuur (id) on delete cascade,
    vrager_id        uuid          not null,
    titel            varchar(200)  not null,
    tekst            varchar(4000),
    domein           varchar(20)   not null check (domein in ('LEERCOORDINATOR', 'TRENDANALIST', 'ZORGREGISSEUR')),
    themas           uuid[]        not null default '{}',
    beste_antwoord   uuid,
    aangemaakt       timestamptz   not null,
    version          bigint        not null default 0
);
create index platform_vraag_bestuur on platform_vraag (bestuur_id, aangemaakt desc);

create table platform_antwoord (
    id         uuid          primary key,
    vraag_id   uuid          not null references platform_vraag (id) on delete cascade,
    auteur_id  uuid          not null,
    tekst      varchar(4000) not null,
    aangemaakt timestamptz   not null
);
create index platform_antwoord_vraag on platform_antwoord (vraag_id, aangemaakt);

create table platform_volgen (
    gebruiker_id uuid         not null,
    soort        varchar(10)  not null check (soort in ('VRAAG', 'THEMA', 'DOMEIN')),
    doel         varchar(40)  not null,
    sinds        timestamptz  not null,
    primary key (gebruiker_id, soort, doel)
);
