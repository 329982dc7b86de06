package nl.leerteam.organisatie;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param publicUrl            the address people use to reach Leerteam; invitation links start with it
 * @param uitnodigingGeldigheid how long an invitation link can be used
 * @param mailAfzender         the From address of invitation mails
 */
@ConfigurationProperties("leerteam")
public record OrganisatieProperties(@DefaultValue("http://localhost:8080") String publicUrl,
                                    @DefaultValue("14d") Duration uitnodigingGeldigheid,
                                    @DefaultValue("leerteam@localhost") String mailAfzender) {

    public OrganisatieProperties {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
