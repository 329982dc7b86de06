-- Search in Dutch without another server (issue 17). Each searchable table carries its own generated tsvector, so
-- only saved (and so privacy-checked) text is indexed, and a row that is deleted or retained away leaves the index in
-- the same transaction. Access is part of each search query, never a filter afterwards.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- (concat_ws is only STABLE, so the generated columns join their texts with ||.)
-- Text as the index reads it: "groep-8" and "groep 8" become the same words.
create or replace function lt_zoektekst(tekst text) returns text
    language sql immutable parallel safe
as $$ select regexp_replace(coalesce(tekst, ''), '([[:alnum:]])-([[:alnum:]])', '\1 \2', 'g') $$;

-- Without accents and in lower case, for trigram matching of titles (a typo of one letter). unaccent() is only STABLE
-- because its dictionary could change; named explicitly it is safe to use in an index.
create or replace function lt_zoekvorm(tekst text) returns text
    language sql immutable parallel safe
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, coalesce(tekst, ''))) $$;

alter table casus add column zoek tsvector generated always as (
    setweight(to_tsvector('dutch', lt_zoektekst(pseudoniem || ' ' || hulpvraag)), 'A')
    || setweight(to_tsvector('dutch', lt_zoektekst(coalesce(wat_zie_ik, '') || ' ' || coalesce(al_geprobeerd, '') || ' ' || coalesce(wat_gaat_goed, '') || ' ' || coalesce(wat_belemmert, '') || ' ' || coalesce(ouders_afspraken, '') || ' ' || coalesce(ouders_waarom_niet, ''))), 'D')) stored;
create index casus_zoek on casus using gin (zoek);

alter table bijeenkomst add column zoek tsvector generated always as (
    setweight(to_tsvector('dutch', lt_zoektekst(titel)), 'A') || setweight(to_tsvector('dutch', lt_zoektekst(plaats)), 'D')) stored;
create index bijeenkomst_zoek on bijeenkomst using gin (zoek);
create index bijeenkomst_titel_trgm on bijeenkomst using gin (lt_zoekvorm(titel) gin_trgm_ops);

alter table agendapunt add column zoek tsvector generated always as (
    setweight(to_tsvector('dutch', lt_zoektekst(titel)), 'B') || setweight(to_tsvector('dutch', lt_zoektekst(notities)), 'D')) stored;
create index agendapunt_zoek on agendapunt using gin (zoek);

alter table besluit add column zoek tsvector generated always as (to_tsvector('dutch', lt_zoektekst(tekst))) stored;
create index besluit_zoek on besluit using gin (zoek);

alter table klassenbezoek add column zoek tsvector generated always as (
    setweight(to_tsvector('dutch', lt_zoektekst(coalesce(leervraag, '') || ' ' || coalesce(les, ''))), 'A')
    || setweight(to_tsvector('dutch', lt_zoektekst(coalesce(wat_ging_goed, '') || ' ' || coalesce(feedforward, '') || ' ' || coalesce(reflectie, '') || ' ' || coalesce(ontwikkeldoel, ''))), 'D')) stored;
create index klassenbezoek_zoek on klassenbezoek using gin (zoek);
