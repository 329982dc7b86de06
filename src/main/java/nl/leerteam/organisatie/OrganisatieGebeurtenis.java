package nl.leerteam.organisatie;

import nl.leerteam.shared.gebeurtenis.Gebeurtenis;
import nl.leerteam.shared.security.Rol;

import java.util.Set;
import java.util.UUID;

/**
 * What happens to boards, schools, leerteams and people. {@code OrganisatieListener} makes sure that
 * a change of roles or memberships counts at once for the rest of the request.
 */
public sealed interface OrganisatieGebeurtenis extends Gebeurtenis {

    record BestuurAangemaakt(UUID bestuurId) implements OrganisatieGebeurtenis {
    }

    /** A whole board was laid out at once: the demonstration board of the development profile. */
    record BestuurIngericht(UUID bestuurId) implements OrganisatieGebeurtenis {
    }

    /** Board staff set how long closed cases and finished visits are kept. */
    record BewaartermijnIngesteld(UUID bestuurId, int casusMaanden, int bezoekMaanden) implements OrganisatieGebeurtenis {
    }

    record SchoolOpgeslagen(UUID schoolId) implements OrganisatieGebeurtenis {
    }

    record LeerteamOpgeslagen(UUID leerteamId) implements OrganisatieGebeurtenis {
    }

    /** A director archived a leerteam ({@code gearchiveerd}) or put it back. */
    record LeerteamGearchiveerd(UUID bestuurId, UUID leerteamId, boolean gearchiveerd) implements OrganisatieGebeurtenis {
    }

    /** A KC listed a word as no name at their school. */
    record SchoolwoordToegevoegd(UUID bestuurId, UUID schoolId, UUID woordId) implements OrganisatieGebeurtenis {
    }

    record SchoolwoordVerwijderd(UUID bestuurId, UUID schoolId, UUID woordId) implements OrganisatieGebeurtenis {
    }

    record BestuursrolGegeven(UUID bestuurId, UUID gebruikerId) implements OrganisatieGebeurtenis {
    }

    record BestuursrolIngetrokken(UUID bestuurId, UUID gebruikerId) implements OrganisatieGebeurtenis {
    }

    /** The installation's own administrator role, given to its first administrator. */
    record BeheerdersrolGegeven(UUID gebruikerId) implements OrganisatieGebeurtenis {
    }

    /** A person's roles at a school changed: what was added and what was taken away. */
    record RollenIngesteld(UUID bestuurId, UUID schoolId, UUID gebruikerId, Set<Rol> gegeven, Set<Rol> ingetrokken)
            implements OrganisatieGebeurtenis {

        public RollenIngesteld {
            gegeven = Set.copyOf(gegeven);
            ingetrokken = Set.copyOf(ingetrokken);
        }
    }

    /** A person joined ({@code lid}) or left a leerteam. */
    record LidmaatschapGewijzigd(UUID bestuurId, UUID leerteamId, UUID gebruikerId, boolean lid)
            implements OrganisatieGebeurtenis {
    }

    record Uitgenodigd(UUID gebruikerId, UUID uitnodigingId) implements OrganisatieGebeurtenis {
    }

    record UitnodigingIngetrokken(UUID uitnodigingId) implements OrganisatieGebeurtenis {
    }

    /** The first login through an invitation bound an identity to the person. */
    record UitnodigingGeaccepteerd(UUID gebruikerId, UUID uitnodigingId) implements OrganisatieGebeurtenis {
    }

    /**
     * An administrator erased a person. Published before the person is emptied, so each module removes what was the
     * person's own (their visits, their calendar link, what they follow) in the same transaction.
     */
    record PersoonGewist(UUID bestuurId, UUID gebruikerId) implements OrganisatieGebeurtenis {
    }

    record Aangemeld(UUID gebruikerId) implements OrganisatieGebeurtenis {
    }

    /** The person chose the language Leerteam speaks to them. */
    record TaalGekozen(UUID gebruikerId, String taal) implements OrganisatieGebeurtenis {
    }
}
