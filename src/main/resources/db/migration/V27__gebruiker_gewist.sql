-- An erased person: the row stays as an empty shell so that what they wrote in shared spaces keeps its author
-- ("oud-medewerker"); their name, e-mail address, identity link, roles and memberships are gone.
alter table gebruiker add column gewist_op timestamptz;
