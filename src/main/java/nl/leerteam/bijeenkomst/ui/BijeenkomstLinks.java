package nl.leerteam.bijeenkomst.ui;

import nl.leerteam.shared.ui.LeerteamLink;
import nl.leerteam.shared.ui.LeerteamLinkContributor;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class BijeenkomstLinks implements LeerteamLinkContributor {

    @Override
    public List<LeerteamLink> leerteamLinks() {
        return List.of(new LeerteamLink("bijeenkomst.link", BijeenkomstenView.class, BijeenkomstenView.PARAMETER, 5));
    }
}
