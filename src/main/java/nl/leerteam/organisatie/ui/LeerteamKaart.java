package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.PersoonSamenvatting;
import nl.leerteam.shared.ui.LeerteamLink;

import java.util.List;

/** A leerteam as a card: name, school, description and the members. */
class LeerteamKaart extends Div {

    LeerteamKaart(LeerteamSamenvatting leerteam, boolean metLedenlijst, List<LeerteamLink> links) {
        addClassName("lt-card");
        addClassName("lt-leerteam");
        getElement().setAttribute("data-leerteam", leerteam.id().toString());
        H3 naam = new H3(leerteam.naam());
        Span school = new Span(leerteam.schoolNaam());
        school.addClassName("lt-muted");
        add(naam, school);
        if (leerteam.gearchiveerd()) {
            Span archief = new Span(getTranslation("leerteam.gearchiveerd"));
            archief.getElement().getThemeList().add("badge contrast");
            add(archief);
        }
        if (leerteam.omschrijving() != null) {
            add(new Paragraph(leerteam.omschrijving()));
        }
        AvatarGroup avatars = new AvatarGroup();
        leerteam.leden().forEach(lid -> avatars.add(new AvatarGroup.AvatarGroupItem(lid.naam())));
        avatars.setMaxItemsVisible(6);
        Span aantal = new Span(getTranslation("leerteam.aantal-leden", leerteam.leden().size()));
        aantal.addClassName("lt-muted");
        add(avatars, aantal);
        if (!links.isEmpty()) {
            Div acties = new Div();
            acties.addClassName("lt-card-links");
            links.forEach(link -> acties.add(new RouterLink(getTranslation(link.labelKey()), link.view(),
                    link.parameters(leerteam.id()))));
            add(acties);
        }
        if (metLedenlijst) {
            UnorderedList leden = new UnorderedList();
            leden.addClassName("lt-members");
            for (PersoonSamenvatting lid : leerteam.leden()) {
                leden.add(new ListItem(lid.naam()));
            }
            add(leden);
        }
    }
}
