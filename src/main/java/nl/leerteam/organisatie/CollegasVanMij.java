package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.privacy.Collegas;
import nl.leerteam.shared.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** The colleagues of the logged-in person for the privacy guard: everyone of their schools, and their board's staff. */
@Component
class CollegasVanMij implements Collegas {

    private final GebruikerRepository gebruikers;

    CollegasVanMij(GebruikerRepository gebruikers) {
        this.gebruikers = gebruikers;
    }

    @Override
    public Collection<String> namen() {
        if (CurrentUser.find().isEmpty()) {
            return Set.of();
        }
        // Several saves in one request (a meeting's notes and its items) read the people once.
        return PerVerzoek.onthouden("collegas." + CurrentUser.require().gebruikerId(), () -> {
            // the demo data and system jobs write as a principal without a person: no colleagues then
            Gebruiker ik = gebruikers.findWithRollenById(CurrentUser.require().gebruikerId()).orElse(null);
            if (ik == null) {
                return Set.<String>of();
            }
            Set<String> namen = new LinkedHashSet<>();
            if (!ik.schoolIds().isEmpty()) {
                gebruikers.findBySchoolIn(ik.schoolIds()).forEach(g -> namen.add(g.getNaam()));
            }
            if (ik.getBestuurId() != null) {
                gebruikers.findByBestuurIdAndBestuurderTrueOrderByNaam(ik.getBestuurId()).forEach(g -> namen.add(g.getNaam()));
            }
            return Set.copyOf(namen);
        });
    }
}
