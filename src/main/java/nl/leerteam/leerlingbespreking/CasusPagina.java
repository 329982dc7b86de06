package nl.leerteam.leerlingbespreking;

import java.util.List;

/** A case's own page: the case, its agreements with their evaluations, and its way to the KC. */
public record CasusPagina(CasusDetails casus, List<BesprekingPagina.AfspraakRegel> afspraken, EscalatieStand escalatie) {
}
