package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.Leerteam;
import nl.leerteam.organisatie.domain.LeerteamRepository;
import nl.leerteam.organisatie.domain.School;
import nl.leerteam.organisatie.domain.SchoolRepository;
import nl.leerteam.organisatie.Profiel.NieuweKc;
import nl.leerteam.organisatie.Profiel.Rolwijziging;
import nl.leerteam.organisatie.Profiel.Soort;
import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.privacy.AuditRegel;
import nl.leerteam.shared.security.Rol;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A person's own profile: their roles and leerteams and every change of them, read from the audit
 * log, so someone who was given access by mistake, or behind their back, sees it.
 */
@Service
@Transactional(readOnly = true)
public class ProfielService {

    static final int HOOGSTENS = 100;

    private final Toegang toegang;
    private final AuditLog audit;
    private final GebruikerRepository gebruikers;
    private final SchoolRepository scholen;
    private final LeerteamRepository leerteams;

    ProfielService(Toegang toegang, AuditLog audit, GebruikerRepository gebruikers, SchoolRepository scholen,
                   LeerteamRepository leerteams) {
        this.toegang = toegang;
        this.audit = audit;
        this.gebruikers = gebruikers;
        this.scholen = scholen;
        this.leerteams = leerteams;
    }

    @PreAuthorize("isAuthenticated()")
    public Profiel mijnProfiel() {
        Gebruiker ik = toegang.ik();
        List<School> mijnScholen = ik.schoolIds().isEmpty() ? List.of() : scholen.findByIdInOrderByNaam(ik.schoolIds());
        List<String> mijnTeams = mijnScholen.isEmpty() ? List.of()
                : leerteams.findBySchoolIdInOrderByNaam(ik.schoolIds()).stream().filter(t -> t.heeftLid(ik.getId()))
                .map(Leerteam::getNaam).toList();
        Set<Rol> bestuursrollen = EnumSet.noneOf(Rol.class);
        if (ik.isBestuurder()) {
            bestuursrollen.add(Rol.BESTUURDER);
        }
        if (ik.isBeheerder()) {
            bestuursrollen.add(Rol.BEHEERDER);
        }

        List<AuditRegel> mijn = audit.overPersoon(ik.getId(), HOOGSTENS);
        Set<UUID> kcScholen = ik.schoolIds().stream().filter(s -> ik.heeftRolOp(s, Rol.KC)).collect(Collectors.toSet());
        List<AuditRegel> opMijnScholen = audit.recent(OrganisatieListener.SCHOOLROLLEN, kcScholen, HOOGSTENS).stream()
                .filter(r -> codes(r).contains(Rol.KC.name() + "_GEGEVEN") && !ik.getId().equals(r.betreftId()))
                .toList();

        Namen namen = namen(mijn, opMijnScholen);
        List<Rolwijziging> wijzigingen = new ArrayList<>();
        for (AuditRegel regel : mijn) {
            String door = namen.persoon(regel.gebruikerId());
            switch (regel.onderwerp()) {
                case OrganisatieListener.SCHOOLROLLEN -> {
                    for (String code : codes(regel)) {
                        int streep = code.lastIndexOf('_');
                        wijzigingen.add(new Rolwijziging(regel.moment(),
                                code.endsWith("_GEGEVEN") ? Soort.ROL_GEGEVEN : Soort.ROL_INGETROKKEN,
                                Rol.valueOf(code.substring(0, streep)), namen.school(regel.onderwerpId()), door));
                    }
                }
                case OrganisatieListener.LEERTEAMLID -> wijzigingen.add(new Rolwijziging(regel.moment(),
                        regel.actie() == AuditActie.AANGEMAAKT ? Soort.LID_GEWORDEN : Soort.LID_AF, null,
                        namen.leerteam(regel.onderwerpId()), door));
                case OrganisatieListener.BESTUURSROL -> wijzigingen.add(new Rolwijziging(regel.moment(),
                        regel.actie() == AuditActie.AANGEMAAKT ? Soort.BESTUURSROL_GEGEVEN : Soort.BESTUURSROL_INGETROKKEN,
                        null, "", door));
                case OrganisatieListener.BEHEERDERSROL -> wijzigingen.add(new Rolwijziging(regel.moment(),
                        Soort.BEHEERDERSROL_GEGEVEN, null, "", door));
                default -> {
                    // only role and membership lines name a person as concerned
                }
            }
        }
        List<NieuweKc> nieuweKcs = opMijnScholen.stream().map(r -> new NieuweKc(r.moment(), namen.persoon(r.betreftId()),
                namen.school(r.onderwerpId()), namen.persoon(r.gebruikerId()))).toList();
        return new Profiel(ik.getNaam(), ik.getEmail(),
                mijnScholen.stream().map(s -> new Profiel.SchoolRollen(s.getNaam(), ik.rollenOp(s.getId()))).toList(),
                mijnTeams, bestuursrollen, wijzigingen, nieuweKcs);
    }

    private static List<String> codes(AuditRegel regel) {
        return regel.toelichting() == null ? List.of() : Arrays.asList(regel.toelichting().split(","));
    }

    /** The names behind the ids of some audit lines, read in three queries. */
    private Namen namen(List<AuditRegel> mijn, List<AuditRegel> opMijnScholen) {
        Set<UUID> personen = new HashSet<>();
        Set<UUID> schoolIds = new HashSet<>();
        Set<UUID> teamIds = new HashSet<>();
        for (List<AuditRegel> regels : List.of(mijn, opMijnScholen)) {
            for (AuditRegel r : regels) {
                if (r.gebruikerId() != null) {
                    personen.add(r.gebruikerId());
                }
                if (r.betreftId() != null) {
                    personen.add(r.betreftId());
                }
                if (r.onderwerp().equals(OrganisatieListener.SCHOOLROLLEN)) {
                    schoolIds.add(r.onderwerpId());
                } else if (r.onderwerp().equals(OrganisatieListener.LEERTEAMLID)) {
                    teamIds.add(r.onderwerpId());
                }
            }
        }
        return new Namen(
                personen.isEmpty() ? Map.of() : gebruikers.findAllById(personen).stream()
                        .collect(Collectors.toMap(Gebruiker::getId, Gebruiker::getNaam)),
                schoolIds.isEmpty() ? Map.of() : scholen.findAllById(schoolIds).stream()
                        .collect(Collectors.toMap(School::getId, School::getNaam)),
                teamIds.isEmpty() ? Map.of() : leerteams.findAllById(teamIds).stream()
                        .collect(Collectors.toMap(Leerteam::getId, Function.identity())));
    }

    private record Namen(Map<UUID, String> personen, Map<UUID, String> scholen, Map<UUID, Leerteam> leerteams) {

        String persoon(UUID id) {
            return id == null ? null : personen.getOrDefault(id, "");
        }

        String school(UUID id) {
            return scholen.getOrDefault(id, "");
        }

        String leerteam(UUID id) {
            Leerteam team = leerteams.get(id);
            return team == null ? "" : team.getNaam();
        }
    }
}
