package nl.leerteam.organisatie;

/** What the invitation page may tell someone who holds a valid code. */
public record UitnodigingInfo(String naam, String bestuurNaam) {
}
