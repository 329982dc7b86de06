-- The KCs of a board meet as a circle of their own (the KC-platform), on the same meeting machinery as a
-- leerteam: a leerteam row without a school, one per board, whose members are not listed but follow from the
-- roles (every KC of a school of the board, and board staff, who plan its meetings).
alter table leerteam alter column school_id drop not null;
alter table leerteam add column kc_platform boolean not null default false;
alter table leerteam add constraint leerteam_kring check (kc_platform = (school_id is null));
create unique index leerteam_kc_platform on leerteam (bestuur_id) where kc_platform;

-- a meeting of the KC-platform belongs to no school
alter table bijeenkomst alter column school_id drop not null;

-- its agenda holds practice cards, questions to peers and the comparison of the board's schools' results
alter table agendapunt drop constraint agendapunt_soort_check;
alter table agendapunt add constraint agendapunt_soort_check check (soort in ('CASUS', 'ONDERWERP', 'TRENDGESPREK', 'PRAKTIJKKAART',
                                                                              'PLATFORMVRAAG', 'TRENDVERGELIJKING'));
-- the card or question an item is about; the platform answers for it (meetings do not depend on the platform)
alter table agendapunt add column verwijzing_id uuid;
