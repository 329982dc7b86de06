package nl.leerteam.platform;

import nl.leerteam.bijeenkomst.AgendapuntSoort;
import nl.leerteam.bijeenkomst.Agendaverwijzingen;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the board's KC-platform puts on the agenda of its meetings from the platform: the board's practice cards
 * (published or in review, not a school's concepts) and its questions to peers, each as the reader may see them.
 */
@Configuration
class PlatformAgenda {

    @Bean
    Agendaverwijzingen praktijkkaartenOpDeAgenda(PraktijkkaartService kaarten) {
        return new Agendaverwijzingen() {
            @Override
            public AgendapuntSoort soort() {
                return AgendapuntSoort.PRAKTIJKKAART;
            }

            @Override
            public Map<UUID, String> keuzes() {
                Map<UUID, String> keuzes = new LinkedHashMap<>();
                kaarten.kaarten().stream().filter(k -> k.stand() != KaartStand.CONCEPT).forEach(k -> keuzes.put(k.id(), k.titel()));
                return keuzes;
            }

            @Override
            public String pad(UUID id) {
                return "platform/kaarten/" + id;
            }
        };
    }

    @Bean
    Agendaverwijzingen vragenOpDeAgenda(VraagService vragen) {
        return new Agendaverwijzingen() {
            @Override
            public AgendapuntSoort soort() {
                return AgendapuntSoort.PLATFORMVRAAG;
            }

            @Override
            public Map<UUID, String> keuzes() {
                Map<UUID, String> keuzes = new LinkedHashMap<>();
                vragen.vragen().forEach(v -> keuzes.put(v.id(), v.titel()));
                return keuzes;
            }

            @Override
            public String pad(UUID id) {
                return "platform/vragen/" + id;
            }
        };
    }
}
