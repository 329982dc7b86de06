-- Who read or changed pupil-case and observation data, and when. Never the content itself.
-- Append-only, enforced here: no update, delete or truncate gets through, whatever the application does.

create table audit_log (
    id           bigint generated always as identity primary key,
    moment       timestamptz  not null default now(),
    bestuur_id   uuid,
    gebruiker_id uuid,
    actie        varchar(30)  not null check (actie in ('GELEZEN', 'AANGEMAAKT', 'GEWIJZIGD', 'VERWIJDERD',
                                                       'PRIVACY_WAARSCHUWING_BEVESTIGD', 'BEWAARTERMIJN_VERLOPEN')),
    onderwerp    varchar(40)  not null,
    onderwerp_id uuid         not null,
    -- a short note such as the kinds of privacy findings; checked by the application to hold no free text
    toelichting  varchar(200)
);
create index audit_log_onderwerp on audit_log (onderwerp, onderwerp_id, moment);
create index audit_log_bestuur on audit_log (bestuur_id, moment);

create function audit_log_alleen_toevoegen() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_log_geen_wijziging
    before update or delete on audit_log
    for each row execute function audit_log_alleen_toevoegen();

create trigger audit_log_niet_leegmaken
    before truncate on audit_log
    for each statement execute function audit_log_alleen_toevoegen();
