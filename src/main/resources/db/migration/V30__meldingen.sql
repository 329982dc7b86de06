-- Notifications (issue 17): ids only; the module a notification is about makes its title when it is shown or mailed,
-- after checking that its reader may still read it.
create table melding (
    id            uuid         primary key,
    ontvanger_id  uuid         not null references gebruiker (id) on delete cascade,
    soort         varchar(30)  not null,
    ruimte        varchar(20)  not null check (ruimte in ('LEERTEAM', 'KLASSENBEZOEK', 'TRENDS', 'PLATFORM')),
    doel_id       uuid         not null,
    door_id       uuid,
    uniek         varchar(60),
    aangemaakt    timestamptz  not null,
    gelezen_op    timestamptz,
    -- right away by mail: set when made for a kind that asks to act and the receiver wants those mails
    direct        boolean      not null default false,
    -- done with its mail: sent, or no longer to send (its reader lost access, or five attempts failed)
    afgehandeld_op timestamptz,
    mailpogingen  integer      not null default 0
);
create index melding_ontvanger on melding (ontvanger_id, aangemaakt desc);
create index melding_te_mailen on melding (aangemaakt) where direct and afgehandeld_op is null;
-- told once: the same kind, subject, receiver and key (an action item due on a date)
create unique index melding_eenmaal on melding (ontvanger_id, soort, doel_id, uniek) where uniek is not null;

-- Per person and space: mail right away for what asks to act, and how often the digest comes. No row: the defaults.
create table melding_voorkeur (
    gebruiker_id         uuid         not null references gebruiker (id) on delete cascade,
    ruimte               varchar(20)  not null check (ruimte in ('LEERTEAM', 'KLASSENBEZOEK', 'TRENDS', 'PLATFORM')),
    direct               boolean      not null,
    samenvatting         varchar(10)  not null check (samenvatting in ('GEEN', 'DAGELIJKS', 'WEKELIJKS')),
    -- the digest tells what came after this moment
    samenvatting_tot     timestamptz,
    primary key (gebruiker_id, ruimte)
);

-- The key in a mail's unsubscribe link, one per mail: stored as its SHA-256 (GeheimeCodes), so the table itself
-- unsubscribes nobody; kept a year, as long as a mail's link is likely to be used.
create table afmeldsleutel (
    sleutel_hash  char(64)     primary key,
    gebruiker_id  uuid         not null references gebruiker (id) on delete cascade,
    ruimte        varchar(20)  not null check (ruimte in ('LEERTEAM', 'KLASSENBEZOEK', 'TRENDS', 'PLATFORM')),
    kanaal        varchar(12)  not null check (kanaal in ('DIRECT', 'SAMENVATTING')),
    aangemaakt    timestamptz  not null
);
create index afmeldsleutel_aangemaakt on afmeldsleutel (aangemaakt);
