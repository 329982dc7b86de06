package nl.leerteam.organisatie.security;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.UitnodigingOngeldig;
import nl.leerteam.shared.security.LeerteamPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * After the provider has vouched for an identity: check the organisation it belongs to, then find
 * the person with that identity, or bind it to the person whose invitation link was followed.
 * Anyone else is refused; no account is created.
 */
@Component
class LeerteamOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger LOG = LoggerFactory.getLogger(LeerteamOidcUserService.class);

    private final OidcUserService delegate = new OidcUserService();
    private final TenantRestricties restricties;
    private final InlogService inlog;

    LeerteamOidcUserService(TenantRestricties restricties, InlogService inlog) {
        this.restricties = restricties;
        this.inlog = inlog;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        if (!restricties.staatToe(registrationId, oidcUser.getIdToken())) {
            LOG.info("Login through {} refused: the account's organisation is not allowed", registrationId);
            throw weiger(InlogFout.ANDERE_ORGANISATIE);
        }
        String issuer = oidcUser.getIdToken().getIssuer().toString();
        String subject = oidcUser.getSubject();
        Optional<String> code = UitnodigingInSessie.neem();
        LeerteamPrincipal principal = inlog.aanmelden(issuer, subject)
                .orElseGet(() -> accepteer(code.orElseThrow(() -> weiger(InlogFout.ONBEKEND)), issuer, subject));
        return new LeerteamOidcUser(oidcUser, principal);
    }

    private LeerteamPrincipal accepteer(String code, String issuer, String subject) {
        try {
            return inlog.accepteerUitnodiging(code, issuer, subject);
        } catch (UitnodigingOngeldig e) {
            LOG.info("Invitation not accepted: {}", e.getMessage());
            throw weiger(e instanceof UitnodigingOngeldig.EigenUitnodiging ? InlogFout.EIGEN_UITNODIGING
                    : InlogFout.UITNODIGING_ONGELDIG);
        }
    }

    private static OAuth2AuthenticationException weiger(InlogFout fout) {
        return new OAuth2AuthenticationException(new OAuth2Error(fout.code()), fout.code());
    }
}
