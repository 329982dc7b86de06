package nl.leerteam.leerlingbespreking;

import nl.leerteam.leerlingbespreking.domain.Casuswerk;

import java.time.LocalDate;
import java.util.List;

/** For a teacher's start page: agreements of her cases due for evaluation, and where the KC answered her. */
public record MijnCasuswerk(List<Casuswerk.TeEvalueren> teEvalueren, List<Casuswerk.KcReactie> kcReacties, LocalDate vandaag) {

    public boolean leeg() {
        return teEvalueren.isEmpty() && kcReacties.isEmpty();
    }
}
