-- The other searchable things (issue 17, decision record 21): trend discussions with their observations and
-- interventions, practice card versions, questions and answers of the KC-platform, library files with the text
-- extracted from their versions (at most 200,000 characters of it: a tsvector holds at most 1 MB).
alter table trendgesprek add column zoek tsvector generated always as (
    setweight(to_tsvector('dutch', lt_zoektekst(titel)), 'A')
    || setweight(to_tsvector('dutch', lt_zoektekst(coalesce(aanleiding, '') || ' ' || coalesce(conclusie, ''))), 'D')) stored;
create index trendgesprek_zoek on trendgesprek using gin (zoek);
create index trendgesprek_titel_trgm on trendgesprek using gin (lt_zoekvorm(titel) gin_trgm_ops);

alter table trend_waarneming add column zoek tsvector generated always as (
    to_tsvector('dutch', lt_zoektekst(tekst || ' ' || coalesce(bewijs, '')))) stored;
create index trend_waarneming_zoek on trend_waarneming using gin (zoek);

alter table trend_interventie add column zoek tsvector generated always as (
    to_tsvector('dutch', lt_zoektekst(wat || ' ' || coalesce(evaluatie, '')))) stored;
create index trend_interventie_zoek on trend_interventie using gin (zoek);

alter table praktijkkaart_versie add column zoek tsvector generated always as (
    setweight(to_tsvector('dutch', lt_zoektekst(titel)), 'A')
    || setweight(to_tsvector('dutch', lt_zoektekst(coalesce(aanleiding, '') || ' ' || coalesce(wat, '') || ' '
        || coalesce(waarom, '') || ' ' || coalesce(hoe, '') || ' ' || coalesce(resultaten, ''))), 'D')) stored;
create index praktijkkaart_versie_zoek on praktijkkaart_versie using gin (zoek);
create index praktijkkaart_versie_titel_trgm on praktijkkaart_versie using gin (lt_zoekvorm(titel) gin_trgm_ops);

alter table platform_vraag add column zoek tsvector generated always as (
    setweight(to_tsvector('dutch', lt_zoektekst(titel)), 'A')
    || setweight(to_tsvector('dutch', lt_zoektekst(coalesce(tekst, ''))), 'D')) stored;
create index platform_vraag_zoek on platform_vraag using gin (zoek);
create index platform_vraag_titel_trgm on platform_vraag using gin (lt_zoekvorm(titel) gin_trgm_ops);

alter table platform_antwoord add column zoek tsvector generated always as (to_tsvector('dutch', lt_zoektekst(tekst))) stored;
create index platform_antwoord_zoek on platform_antwoord using gin (zoek);

alter table studiedag_bestand add column zoek tsvector generated always as (
    setweight(to_tsvector('dutch', lt_zoektekst(titel)), 'A')
    || setweight(to_tsvector('dutch', lt_zoektekst(coalesce(studiedag, '') || ' ' || coalesce(beschrijving, ''))), 'B')) stored;
create index studiedag_bestand_zoek on studiedag_bestand using gin (zoek);
create index studiedag_bestand_titel_trgm on studiedag_bestand using gin (lt_zoekvorm(titel) gin_trgm_ops);

alter table studiedag_bestand_versie add column zoek tsvector generated always as (
    setweight(to_tsvector('dutch', lt_zoektekst(left(tekst, 200000))), 'D')) stored;
create index studiedag_bestand_versie_zoek on studiedag_bestand_versie using gin (zoek);
