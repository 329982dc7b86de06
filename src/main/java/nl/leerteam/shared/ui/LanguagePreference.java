package nl.leerteam.shared.ui;

import java.util.Locale;

/** Remembers the language a person chose in the user menu, so their next login opens in it. */
public interface LanguagePreference {

    void save(Locale locale);
}
