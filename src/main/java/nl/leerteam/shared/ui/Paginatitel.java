package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page's own title, shown as its heading in the shell; the browser tab and the screen reader get it
 * followed by the product's name, so a tab among many still says where it belongs.
 */
public interface Paginatitel extends HasDynamicTitle {

    /** What the page is about, without the product's name. */
    String titel();

    @Override
    default String getPageTitle() {
        return ((Component) this).getTranslation("app.paginatitel", titel());
    }
}
