package nl.leerteam.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The shell around every logged-in view: navigation by role, the page title, and the user menu
 * with the language switch and logout. The drawer folds away on narrow screens (tablets).
 */
@Layout
@PermitAll
// The top bar's contributions are found at run time (Spring beans of other modules), which the production bundle's
// scanner cannot follow: the components they use are named here, so they come with the first page and not with the
// chunk of whichever route happens to use them too.
@Uses(TextField.class)
@Uses(Popover.class)
@Uses(Button.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authenticationContext;
    private final transient LanguagePreference languagePreference;
    private final Span pageTitle = new Span();

    public MainLayout(AuthenticationContext authenticationContext, LanguagePreference languagePreference,
                      List<MenuContributor> contributors, List<NavbarContributor> navbarContributors) {
        this.authenticationContext = authenticationContext;
        this.languagePreference = languagePreference;
        LeerteamPrincipal principal = CurrentUser.require();

        setPrimarySection(Section.DRAWER);
        addClassName("lt-shell");

        Span brand = new Span(getTranslation("app.naam"));
        brand.addClassName("lt-brand");
        SideNav nav = new SideNav();
        nav.addClassName("lt-nav");
        contributors.stream()
                .flatMap(contributor -> contributor.menuEntries().stream())
                .filter(entry -> entry.visibleFor(principal))
                .sorted(Comparator.comparingInt(MenuEntry::order))
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.view(),
                        entry.icon().create())));
        addToDrawer(brand, nav);

        pageTitle.addClassName("lt-page-title");
        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle(), pageTitle);
        navbarContributors.stream().map(NavbarContributor::navbarItem).filter(java.util.Objects::nonNull).forEach(navbar::add);
        navbar.add(userMenu(principal));
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.expand(pageTitle);
        navbar.addClassName("lt-navbar");
        addToNavbar(navbar);
    }

    private MenuBar userMenu(LeerteamPrincipal principal) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("user-menu");
        Avatar avatar = new Avatar(principal.naam());
        MenuItem root = menu.addItem(avatar);
        root.getElement().setAttribute("aria-label", getTranslation("menu.gebruiker", principal.naam()));
        SubMenu sub = root.getSubMenu();
        sub.addItem(new Span(principal.naam())).setEnabled(false);
        // the route belongs to the organisatie module, which the shell does not know
        sub.addItem(getTranslation("menu.profiel"), e -> UI.getCurrent().navigate("profiel")).setId("profiel");
        MenuItem language = sub.addItem(getTranslation("menu.taal"));
        language.getSubMenu().addItem(getTranslation("taal.nl"), e -> switchTo(LeerteamI18NProvider.DUTCH))
                .setId("taal-nl");
        language.getSubMenu().addItem(getTranslation("taal.en"), e -> switchTo(LeerteamI18NProvider.ENGLISH))
                .setId("taal-en");
        sub.addItem(getTranslation("menu.uitloggen"), e -> authenticationContext.logout()).setId("uitloggen");
        return menu;
    }

    private void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(LocaleInitializer.SESSION_LOCALE, locale);
        languagePreference.save(locale);
        ui.setLocale(locale);
        // Every visible string was translated when it was created: build the page again.
        ui.getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof Paginatitel titled ? titled.titel() : "";
        pageTitle.setText(title);
    }
}
