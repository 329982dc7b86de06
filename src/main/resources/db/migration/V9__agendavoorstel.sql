-- Proposals for a leerteam's next agenda, for example a learning point a teacher shares from a
-- finished classroom visit (only the text the teacher chose, never the observation form).

create table agendavoorstel (
    id            uuid          primary key,
    bestuur_id    uuid          not null,
    leerteam_id   uuid          not null,
    titel         varchar(200)  not null,
    toelichting   varchar(2000),
    door_id       uuid          not null,
    aangemaakt    timestamptz   not null,
    agendapunt_id uuid          references agendapunt (id) on delete set null,
    verwerkt      boolean       not null default false,
    foreign key (leerteam_id, bestuur_id) references leerteam (id, bestuur_id) on delete cascade,
    foreign key (door_id, bestuur_id) references gebruiker (id, bestuur_id) on delete cascade
);
create index agendavoorstel_open on agendavoorstel (leerteam_id) where not verwerkt;
