package nl.leerteam.shared.ui;

import java.util.List;

/** A module's entries in the main navigation. */
public interface MenuContributor {

    List<MenuEntry> menuEntries();
}
