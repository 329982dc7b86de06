package nl.leerteam.organisatie.security;

import nl.leerteam.shared.security.HasLeerteamPrincipal;
import nl.leerteam.shared.security.LeerteamPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** An OIDC login that has been mapped to a Leerteam person, with that person's roles as authorities. */
class LeerteamOidcUser extends DefaultOidcUser implements HasLeerteamPrincipal {

    private final LeerteamPrincipal principal;

    LeerteamOidcUser(OidcUser oidcUser, LeerteamPrincipal principal) {
        super(principal.rollen().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
                oidcUser.getIdToken(), oidcUser.getUserInfo(), "sub");
        this.principal = principal;
    }

    @Override
    public LeerteamPrincipal leerteamPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.gebruikerId().toString();
    }
}
