-- An agenda item that is taken off the agenda keeps its notes, decisions and action items and can be put
-- back by the meeting's facilitator or note taker; until then it is left out of every read.
alter table agendapunt add column verwijderd timestamptz;
alter table agendapunt add column verwijderd_door uuid;
