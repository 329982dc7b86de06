package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.Component;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.leerteam.organisatie.Profiel;
import nl.leerteam.organisatie.ProfielService;
import nl.leerteam.shared.security.Rol;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The person's own profile: who Leerteam thinks they are, their roles and leerteams, and every
 * change of those with who made it; a KC also sees who became KC at their schools.
 */
@Route("profiel")
@PermitAll
public class ProfielView extends Div implements Paginatitel {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final DateTimeFormatter moment;

    public ProfielView(ProfielService service, nl.leerteam.privacy.ExportService export) {
        addClassName("lt-page");
        moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale()).withZone(NL);
        Profiel profiel = service.mijnProfiel();

        add(kop("profiel.gegevens"), new Paragraph(profiel.naam() + (profiel.email() == null ? "" : " · " + profiel.email())));

        add(kop("profiel.rollen"));
        UnorderedList rollen = lijst("profiel-rollen");
        if (!profiel.bestuursrollen().isEmpty()) {
            rollen.add(new ListItem(namen(profiel.bestuursrollen())));
        }
        profiel.scholen().forEach(s -> rollen.add(new ListItem(s.school() + ": " + namen(s.rollen()))));
        add(rollen.getChildren().findAny().isPresent() ? rollen : leeg("profiel.geen-rollen"));

        add(kop("profiel.leerteams"));
        add(profiel.leerteams().isEmpty() ? leeg("profiel.geen-leerteams") : items("profiel-leerteams", profiel.leerteams()));

        add(kop("profiel.wijzigingen"), new Paragraph(getTranslation("profiel.wijzigingen.uitleg")));
        add(profiel.wijzigingen().isEmpty() ? leeg("profiel.geen-wijzigingen") : items("profiel-wijzigingen",
                profiel.wijzigingen().stream().map(this::regel).toList()));

        add(kop("export.titel"), new MijnGegevensPart(export));

        if (!profiel.nieuweKcs().isEmpty()) {
            add(kop("profiel.nieuwe-kcs"), new Paragraph(getTranslation("profiel.nieuwe-kcs.uitleg")));
            add(items("profiel-nieuwe-kcs", profiel.nieuweKcs().stream().map(k -> getTranslation("profiel.nieuwe-kc",
                    moment.format(k.moment()), k.naam(), k.school(), door(k.door()))).toList()));
        }
    }

    private String regel(Profiel.Rolwijziging w) {
        String rol = w.rol() == null ? "" : getTranslation(w.rol().labelKey());
        return getTranslation("profiel.wijziging." + w.soort().name().toLowerCase(Locale.ROOT),
                moment.format(w.moment()), rol, w.waar(), door(w.door()));
    }

    private String door(String naam) {
        return naam == null ? getTranslation("profiel.door-leerteam") : naam;
    }

    private String namen(Collection<Rol> rollen) {
        return rollen.stream().map(r -> getTranslation(r.labelKey())).collect(Collectors.joining(", "));
    }

    private Component kop(String key) {
        H2 kop = new H2(getTranslation(key));
        kop.addClassName("lt-section");
        return kop;
    }

    private Component leeg(String key) {
        Paragraph leeg = new Paragraph(getTranslation(key));
        leeg.addClassName("lt-muted");
        return leeg;
    }

    private static UnorderedList lijst(String id) {
        UnorderedList lijst = new UnorderedList();
        lijst.setId(id);
        return lijst;
    }

    private static UnorderedList items(String id, List<String> teksten) {
        UnorderedList lijst = lijst(id);
        teksten.forEach(t -> lijst.add(new ListItem(new Span(t))));
        return lijst;
    }

    @Override
    public String titel() {
        return getTranslation("profiel.titel");
    }
}
