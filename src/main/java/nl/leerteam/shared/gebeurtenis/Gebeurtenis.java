package nl.leerteam.shared.gebeurtenis;

/**
 * Something that happened to a module's data, named in the past tense ({@code VraagGesteld},
 * {@code AgendavoorstelGedaan}). The service that did it publishes it after its domain work, in the
 * same transaction; one listener per module turns it into the audit line and the live update. A
 * transaction that changes an entity without publishing one fails ({@link GebeurtenisPlicht}).
 */
public interface Gebeurtenis {
}
