-- Which schools of the board adopted a published practice card, since when and how it went; and
-- "bruikbaar?" feedback, which always carries a sentence.
create table kaart_adoptie (
    kaart_id   uuid          not null references praktijkkaart (id) on delete cascade,
    school_id  uuid          not null references school (id) on delete cascade,
    kc_id      uuid          not null,
    sinds      date          not null,
    verslag    varchar(1000),
    bijgewerkt timestamptz   not null,
    primary key (kaart_id, school_id)
);

create table kaart_feedback (
    id         uuid          primary key,
    kaart_id   uuid          not null references praktijkkaart (id) on delete cascade,
    door_id    uuid          not null,
    bruikbaar  boolean       not null,
    zin        varchar(500)  not null,
    moment     timestamptz   not null
);
create index kaart_feedback_kaart on kaart_feedback (kaart_id, moment);
