package nl.leerteam.platform.bestand;

/** The kinds of file the studiedag library takes, told by their content. */
public enum Bestandssoort {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private final String mime;
    private final String extensie;

    Bestandssoort(String mime, String extensie) {
        this.mime = mime;
        this.extensie = extensie;
    }

    public String mime() {
        return mime;
    }

    public String extensie() {
        return extensie;
    }

    public boolean afbeelding() {
        return this == PNG || this == JPEG;
    }
}
