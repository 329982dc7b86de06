package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.Leerteam;
import nl.leerteam.organisatie.domain.School;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns entities into the records the module hands out, in a fixed number of queries. */
final class Samenvattingen {

    private Samenvattingen() {
    }

    static SchoolSamenvatting van(School school) {
        return new SchoolSamenvatting(school.getId(), school.getNaam(), school.getBrin(), school.getPlaats(),
                school.getVersion());
    }

    static PersoonSamenvatting van(Gebruiker gebruiker, UUID schoolId) {
        return new PersoonSamenvatting(gebruiker.getId(), gebruiker.getNaam(), gebruiker.getEmail(),
                schoolId == null ? gebruiker.alleRollen() : gebruiker.rollenOp(schoolId), gebruiker.heeftIdentiteit());
    }

    /** Leerteams with their members, loading all members of all teams in one query. */
    static List<LeerteamSamenvatting> van(Collection<Leerteam> leerteams, Map<UUID, School> scholen,
                                          GebruikerRepository gebruikers) {
        List<UUID> ledenIds = leerteams.stream().flatMap(l -> l.getLeden().stream()).distinct().toList();
        Map<UUID, Gebruiker> leden = ledenIds.isEmpty() ? Map.of()
                : gebruikers.findByIdIn(ledenIds).stream().collect(Collectors.toMap(Gebruiker::getId, Function.identity()));
        return leerteams.stream()
                .map(l -> new LeerteamSamenvatting(l.getId(), l.getSchoolId(), scholen.get(l.getSchoolId()).getNaam(),
                        l.getNaam(), l.getOmschrijving(),
                        l.getLeden().stream().map(leden::get)
                                .map(g -> van(g, l.getSchoolId()))
                                .sorted(Comparator.comparing(PersoonSamenvatting::naam, String.CASE_INSENSITIVE_ORDER))
                                .toList(),
                        l.getVersion(), l.isGearchiveerd()))
                .toList();
    }
}
