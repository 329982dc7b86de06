package nl.leerteam.platform;

import nl.leerteam.privacy.MijnGegevens;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * What the person wrote and shared on the KC-platform and in the studiedag library, for their export: their practice
 * cards, feedback, questions, answers, what they follow and the files they uploaded.
 */
@Component
@Order(60)
class MijnGegevensPlatform implements MijnGegevens {

    private final JdbcTemplate jdbc;

    MijnGegevensPlatform(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Onderdeel> over(UUID ik) {
        return List.of(
                Onderdeel.uit(jdbc, "praktijkkaarten", """
                        select v.nummer as versie, v.status, v.titel, v.domein, v.aanleiding, v.wat, v.waarom, v.hoe,
                               v.resultaten, v.bewijs, v.uren, v.herzien_voor
                        from praktijkkaart_versie v join praktijkkaart k on k.id = v.kaart_id where k.eigenaar_id = ?
                        order by k.aangemaakt, v.nummer""", ik),
                Onderdeel.uit(jdbc, "kaartstappen", """
                        select stap, moment, opmerking from praktijkkaart_stap where door_id = ? order by moment""", ik),
                Onderdeel.uit(jdbc, "kaartfeedback", """
                        select bruikbaar, zin, moment from kaart_feedback where door_id = ? order by moment""", ik),
                Onderdeel.uit(jdbc, "kaartadopties", """
                        select sinds, verslag, bijgewerkt from kaart_adoptie where kc_id = ? order by sinds""", ik),
                Onderdeel.uit(jdbc, "platformvragen", """
                        select titel, tekst, domein, aangemaakt from platform_vraag where vrager_id = ? order by aangemaakt""", ik),
                Onderdeel.uit(jdbc, "platformantwoorden", """
                        select tekst, aangemaakt from platform_antwoord where auteur_id = ? order by aangemaakt""", ik),
                Onderdeel.uit(jdbc, "platformvolgen", """
                        select soort, doel, sinds from platform_volgen where gebruiker_id = ? order by sinds""", ik),
                Onderdeel.uit(jdbc, "studiedagbestanden", """
                        select titel, beschrijving, studiedag, studiedag_datum, aangemaakt from studiedag_bestand
                        where aangemaakt_door = ? order by aangemaakt""", ik),
                Onderdeel.uit(jdbc, "studiedagversies", """
                        select bestandsnaam, soort, grootte, geupload from studiedag_bestand_versie where geupload_door = ?
                        order by geupload""", ik));
    }
}
