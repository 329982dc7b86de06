package nl.leerteam.organisatie.ui;

import nl.leerteam.shared.ui.LeerteamLink;
import nl.leerteam.shared.ui.LeerteamLinkContributor;

import java.util.Comparator;
import java.util.List;

final class LeerteamLinks {

    private LeerteamLinks() {
    }

    static List<LeerteamLink> van(List<LeerteamLinkContributor> contributors) {
        return contributors.stream().flatMap(c -> c.leerteamLinks().stream())
                .sorted(Comparator.comparingInt(LeerteamLink::order)).toList();
    }
}
