package nl.leerteam.organisatie;

import nl.leerteam.organisatie.OrganisatieGebeurtenis.Aangemeld;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.BestuurAangemaakt;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.BestuursrolGegeven;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.BestuursrolIngetrokken;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.BewaartermijnIngesteld;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.BestuurIngericht;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.LeerteamOpgeslagen;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.RollenIngesteld;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.SchoolOpgeslagen;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.TaalGekozen;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.UitnodigingGeaccepteerd;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.UitnodigingIngetrokken;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.Uitgenodigd;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one place where what happens to the organisation has its effects: a change of roles or
 * memberships makes the rest of the request read who may do what afresh ({@link PerVerzoek}).
 */
@Component
class OrganisatieListener {

    @EventListener
    void op(OrganisatieGebeurtenis gebeurtenis) {
        switch (gebeurtenis) {
            case BestuursrolGegeven g -> PerVerzoek.vergeten();
            case BestuursrolIngetrokken g -> PerVerzoek.vergeten();
            case RollenIngesteld g -> PerVerzoek.vergeten();
            case LeerteamOpgeslagen g -> PerVerzoek.vergeten();
            case BestuurAangemaakt g -> {
                // a new board has nobody logged in yet
            }
            case BestuurIngericht g -> {
                // seeded before anybody logs in
            }
            case BewaartermijnIngesteld g -> {
                // read by the nightly retention job itself
            }
            case SchoolOpgeslagen g -> {
                // names and BRIN: no access changes
            }
            case Uitgenodigd g -> {
                // the invited person has no identity yet
            }
            case UitnodigingIngetrokken g -> {
                // the link stops working at its next use
            }
            case UitnodigingGeaccepteerd g -> {
                // the login that follows reads the person afresh
            }
            case Aangemeld g -> {
                // only the time of the last login
            }
            case TaalGekozen g -> PerVerzoek.vergeten();
        }
    }
}
