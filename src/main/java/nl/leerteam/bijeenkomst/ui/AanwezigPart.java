package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.bijeenkomst.BijeenkomstPagina.Aanwezig;

/** Who has the meeting open now, as avatars. */
final class AanwezigPart extends AvatarGroup {

    AanwezigPart(Signal<Aanwezig> aanwezig) {
        setId("aanwezig");
        setMaxItemsVisible(8);
        setI18n(new AvatarGroupI18n().setAnonymous(getTranslation("bijeenkomst.anoniem"))
                .setOneActiveUser(getTranslation("bijeenkomst.aanwezig.een"))
                .setManyActiveUsers(getTranslation("bijeenkomst.aanwezig.meer")));
        Parts.bind(this, aanwezig, nu -> setItems(nu.personen().stream().map(p -> new AvatarGroupItem(p.naam())).toList()));
    }
}
