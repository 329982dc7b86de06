package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.Component;
import nl.leerteam.shared.security.Rol;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/** The school roles as the screens show them. */
final class SchoolRollen {

    private SchoolRollen() {
    }

    static CheckboxGroup<Rol> keuze() {
        CheckboxGroup<Rol> groep = new CheckboxGroup<>();
        groep.setItems(Arrays.stream(Rol.values()).filter(Rol::isSchoolRol).toList());
        groep.setItemLabelGenerator(rol -> groep.getTranslation(rol.labelKey()));
        groep.setLabel(groep.getTranslation("beheer.rollen"));
        return groep;
    }

    static String tekst(Component context, Collection<Rol> rollen) {
        return rollen.stream().sorted().map(r -> context.getTranslation(r.labelKey())).collect(Collectors.joining(", "));
    }
}
