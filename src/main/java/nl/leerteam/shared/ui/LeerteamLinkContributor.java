package nl.leerteam.shared.ui;

import java.util.List;

/** A module's links on leerteam cards. */
public interface LeerteamLinkContributor {

    List<LeerteamLink> leerteamLinks();
}
