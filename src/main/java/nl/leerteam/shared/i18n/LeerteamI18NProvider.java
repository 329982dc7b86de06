package nl.leerteam.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Dutch first: {@code translations.properties} is Dutch and is what anyone gets whose language
 * Leerteam does not speak; {@code translations_en.properties} is complete English.
 */
@Component
public class LeerteamI18NProvider implements I18NProvider {

    public static final String BUNDLE = "vaadin-i18n/translations";
    public static final Locale DUTCH = Locale.of("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(DUTCH, ENGLISH);

    // No JVM-default fallback: on a machine whose default locale is English, Dutch must stay Dutch.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(params);
    }

    /** The supported locale for a language tag such as "en" or "nl-NL"; Dutch when unknown. */
    public static Locale supported(String languageTag) {
        if (languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("en")) {
            return ENGLISH;
        }
        return DUTCH;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale effective = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, effective, LeerteamI18NProvider.class.getClassLoader(), NO_FALLBACK);
    }
}
