-- A classroom visit has a time of day: the observer must know when the lesson starts. It is optional, since
-- a visit can be planned for a day before the lesson is known; the voorgesprek can set it later.
alter table klassenbezoek add column tijd time;
