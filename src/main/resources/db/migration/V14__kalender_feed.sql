-- A person's secret calendar feed of the quality calendar: only the SHA-256 of the code in the link is
-- stored; one feed per person, and a new link or a revocation removes the old one.
create table kalender_feed (
    id           uuid         primary key,
    bestuur_id   uuid         not null,
    gebruiker_id uuid         not null unique,
    code_hash    varchar(64)  not null unique,
    aangemaakt   timestamptz  not null,
    foreign key (gebruiker_id, bestuur_id) references gebruiker (id, bestuur_id) on delete cascade
);
