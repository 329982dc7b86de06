package nl.leerteam.leerlingbespreking;

/** The rounds of the format a leerteam runs a case through, in order, with their default length. */
public enum Ronde {
    INBRENG(5),
    VRAGEN(10),
    ANALYSE(10),
    IDEEEN(10),
    AFSPRAKEN(10),
    AFSLUITING(5);

    private final int standaardMinuten;

    Ronde(int standaardMinuten) {
        this.standaardMinuten = standaardMinuten;
    }

    public int standaardMinuten() {
        return standaardMinuten;
    }

    /** The next round, or this one when it is the last. */
    public Ronde volgende() {
        return this == AFSLUITING ? this : values()[ordinal() + 1];
    }

    /** The previous round, or this one when it is the first. */
    public Ronde vorige() {
        return this == INBRENG ? this : values()[ordinal() - 1];
    }
}
