package nl.leerteam.leerlingbespreking.ui;

import nl.leerteam.shared.ui.LeerteamLink;
import nl.leerteam.shared.ui.LeerteamLinkContributor;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class LeerlingbesprekingLinks implements LeerteamLinkContributor {

    @Override
    public List<LeerteamLink> leerteamLinks() {
        return List.of(new LeerteamLink("casus.link", CasussenView.class, CasussenView.PARAMETER, 10));
    }
}
