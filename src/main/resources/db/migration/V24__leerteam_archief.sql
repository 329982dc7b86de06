-- A leerteam that stopped (a team split, a year group merged) is archived rather than deleted: its cases, meetings and
-- minutes stay readable to its members, but it is gone from every list and nothing new starts in it. Its director can
-- put it back.
alter table leerteam add column gearchiveerd_op timestamptz;
