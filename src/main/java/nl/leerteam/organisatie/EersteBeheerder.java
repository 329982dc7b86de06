package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.shared.security.SysteemTaak;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The way into a new installation: when {@code leerteam.eerste-beheerder.email} is configured and
 * the installation has no administrator yet, that person is invited as installation
 * administrator. The link is mailed (when mail is configured) and written to a file that only the
 * account Leerteam runs as can read; the log says where, never the link itself (a log is read by
 * more people and kept longer than a credential should be). Two nodes that start together invite once.
 */
@Component
class EersteBeheerder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(EersteBeheerder.class);

    private final GebruikerRepository gebruikers;
    private final BeheerService beheer;
    private final String email;
    private final String naam;

    private final ApplicationEventPublisher gebeurtenissen;

    private final JdbcTemplate jdbc;
    private final Path linkBestand;

    EersteBeheerder(GebruikerRepository gebruikers, BeheerService beheer, ApplicationEventPublisher gebeurtenissen,
                    JdbcTemplate jdbc,
                    @Value("${leerteam.eerste-beheerder.email:}") String email,
                    @Value("${leerteam.eerste-beheerder.naam:Beheerder}") String naam,
                    @Value("${leerteam.eerste-beheerder.link-bestand:}") String linkBestand) {
        this.jdbc = jdbc;
        this.linkBestand = linkBestand.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "leerteam-eerste-beheerder.txt")
                : Path.of(linkBestand);
        this.gebruikers = gebruikers;
        this.gebeurtenissen = gebeurtenissen;
        this.beheer = beheer;
        this.email = email;
        this.naam = naam;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        // held until this transaction ends: a second node starting at the same moment waits, then finds the administrator
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('leerteam.eerste-beheerder'))", Object.class);
        if (gebruikers.existsByBeheerderTrue()) {
            return;
        }
        Gebruiker beheerder = new Gebruiker(null, naam, BeheerService.geldigEmail(email));
        beheerder.setBeheerder(true);
        gebruikers.save(beheerder);
        // Leerteam itself gives the role, and the audit log says so
        UitnodigingVerstuurd uitnodiging = SysteemTaak.als(() -> {
            gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.BeheerdersrolGegeven(beheerder.getId()));
            return beheer.maakUitnodiging(null, beheerder, "Leerteam");
        });
        schrijfLink(uitnodiging.link());
        LOG.warn("First installation administrator invited{}; the link to log in with is in {} (readable by this account only)",
                uitnodiging.gemaild() ? " by mail" : "", linkBestand.toAbsolutePath());
    }

    private void schrijfLink(String link) {
        try {
            Files.deleteIfExists(linkBestand);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(linkBestand, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(linkBestand, link + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("The first administrator's invitation could not be written to " + linkBestand, e);
        }
    }
}
