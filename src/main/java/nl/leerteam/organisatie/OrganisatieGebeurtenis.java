package nl.leerteam.organisatie;

import nl.leerteam.shared.gebeurtenis.Gebeurtenis;

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

    record BewaartermijnIngesteld(UUID bestuurId, int maanden) implements OrganisatieGebeurtenis {
    }

    record SchoolOpgeslagen(UUID schoolId) implements OrganisatieGebeurtenis {
    }

    record LeerteamOpgeslagen(UUID leerteamId) implements OrganisatieGebeurtenis {
    }

    record BestuursrolGegeven(UUID gebruikerId) implements OrganisatieGebeurtenis {
    }

    record BestuursrolIngetrokken(UUID gebruikerId) implements OrganisatieGebeurtenis {
    }

    record RollenIngesteld(UUID schoolId, UUID gebruikerId) implements OrganisatieGebeurtenis {
    }

    record Uitgenodigd(UUID gebruikerId, UUID uitnodigingId) implements OrganisatieGebeurtenis {
    }

    record UitnodigingIngetrokken(UUID uitnodigingId) implements OrganisatieGebeurtenis {
    }

    /** The first login through an invitation bound an identity to the person. */
    record UitnodigingGeaccepteerd(UUID gebruikerId, UUID uitnodigingId) implements OrganisatieGebeurtenis {
    }

    record Aangemeld(UUID gebruikerId) implements OrganisatieGebeurtenis {
    }

    /** The person chose the language Leerteam speaks to them. */
    record TaalGekozen(UUID gebruikerId, String taal) implements OrganisatieGebeurtenis {
    }
}
