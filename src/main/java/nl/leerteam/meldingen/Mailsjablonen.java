package nl.leerteam.meldingen;

import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Locale;
import java.util.Map;

/**
 * The mails and the unsubscribe pages, as Thymeleaf templates ({@code meldingen/*.html} and {@code *.txt}): every value
 * is escaped where it lands, and every sentence comes from the translations ({@code #{…}}) in the reader's language.
 */
@Component
class Mailsjablonen {

    private final TemplateEngine html;
    private final TemplateEngine tekst;

    Mailsjablonen(LeerteamI18NProvider i18n) {
        this.html = engine(TemplateMode.HTML, ".html", i18n);
        this.tekst = engine(TemplateMode.TEXT, ".txt", i18n);
    }

    private static TemplateEngine engine(TemplateMode modus, String achtervoegsel, LeerteamI18NProvider i18n) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Mailsjablonen.class.getClassLoader());
        resolver.setPrefix("meldingen/");
        resolver.setSuffix(achtervoegsel);
        resolver.setTemplateMode(modus);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new Vertalingen(i18n));
        return engine;
    }

    String html(String sjabloon, Locale taal, Map<String, Object> waarden) {
        return html.process(sjabloon, new Context(taal, waarden));
    }

    String tekst(String sjabloon, Locale taal, Map<String, Object> waarden) {
        return tekst.process(sjabloon, new Context(taal, waarden));
    }

    /** {@code #{sleutel(…)}} from Leerteam's own translations, as the screens use them. */
    private record Vertalingen(LeerteamI18NProvider i18n) implements IMessageResolver {

        @Override
        public String getName() {
            return "leerteam";
        }

        @Override
        public Integer getOrder() {
            return 0;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
            return i18n.getTranslation(key, context.getLocale(), messageParameters == null ? new Object[0] : messageParameters);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
            return "!" + key + "!";
        }
    }
}
