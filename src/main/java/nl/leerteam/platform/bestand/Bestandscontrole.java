package nl.leerteam.platform.bestand;

import nl.leerteam.shared.domain.InvoerFout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.tika.Tika;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides whether a file may enter the studiedag library and reads what it says. The type is told by the
 * content (Apache Tika's magic), never by the name or the browser; a file that is two types at once is
 * refused; Office files are opened as the zip containers they are, within Apache POI's limits (entries,
 * inflation ratio) and a cap on what they unpack to, and refused when they carry macros or are encrypted;
 * images are measured before anything decodes them. What a file says (body, comments, notes, headers,
 * document properties) comes back per part, for the privacy guard.
 */
public final class Bestandscontrole {

    public static final int MAX_ZIJDE = 10_000;
    public static final long MAX_PIXELS = 40_000_000L;
    public static final int MAX_ONDERDELEN = 1_000;
    public static final long MAX_UITGEPAKT = 250L * 1024 * 1024;
    public static final int MAX_TEKST = 200_000;
    private static final double MIN_INFLATIE = 0.01;

    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String POWERPOINT = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

    /** What a file that passed is: its kind, what it says per part (bestandsnaam, tekst, opmerkingen, notities, eigenschappen), its size in pixels. */
    public record Uitkomst(Bestandssoort soort, Map<String, String> teksten, Integer breedte, Integer hoogte) {
    }

    private final Tika tika = new Tika();

    public Uitkomst controleer(Path bestand) {
        try {
            String gezien;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(bestand))) {
                gezien = tika.detect(in);
            }
            Bestandssoort soort = switch (gezien) {
                case "application/pdf" -> Bestandssoort.PDF;
                case "image/png" -> Bestandssoort.PNG;
                case "image/jpeg" -> Bestandssoort.JPEG;
                case "application/zip", "application/x-tika-ooxml" -> container(bestand);
                case "application/x-tika-msoffice", "application/x-tika-ooxml-protected" -> throw versleuteldOfOud(bestand);
                default -> throw niet("bibliotheek.fout.soort");
            };
            tweeSoorten(bestand, soort);
            return switch (soort) {
                case PDF -> pdf(bestand);
                case DOCX -> new Uitkomst(soort, word(bestand), null, null);
                case PPTX -> new Uitkomst(soort, powerpoint(bestand), null, null);
                case PNG, JPEG -> afbeelding(bestand, soort);
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvoerFout fout) {
                throw fout;
            }
            // whatever the libraries could not read is not a file we take
            throw niet("bibliotheek.fout.onleesbaar");
        }
    }

    private static InvoerFout niet(String key, Object... parameters) {
        return new InvoerFout("bestand", key, parameters);
    }

    /** An encrypted Office file is an OLE2 container holding the encrypted package; an old .doc or .ppt is one too. */
    private static InvoerFout versleuteldOfOud(Path bestand) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(bestand.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                return niet("bibliotheek.fout.versleuteld");
            }
        }
        return niet("bibliotheek.fout.soort");
    }

    /**
     * A PDF reader looks for its header in the first kilobyte and a zip reader for its directory at the end, so
     * one file can be both (a polyglot): such a file is refused, whatever it claims to be.
     */
    private static void tweeSoorten(Path bestand, Bestandssoort soort) throws IOException {
        long lengte = Files.size(bestand);
        byte[] begin = new byte[(int) Math.min(1024, lengte)];
        byte[] eind = new byte[(int) Math.min(65_557, lengte)];
        try (RandomAccessFile f = new RandomAccessFile(bestand.toFile(), "r")) {
            f.readFully(begin);
            f.seek(lengte - eind.length);
            f.readFully(eind);
        }
        boolean pdfKop = bevat(begin, "%PDF-");
        boolean zipEinde = bevat(eind, "PK\u0005\u0006");
        boolean dubbel = switch (soort) {
            case PDF -> zipEinde || bevat(begin, "PK\u0003\u0004") || !bevat(staart(eind, 1024), "%%EOF");
            case DOCX, PPTX -> pdfKop;
            case PNG, JPEG -> pdfKop || zipEinde;
        };
        if (dubbel) {
            throw niet("bibliotheek.fout.dubbelzinnig");
        }
    }

    private static byte[] staart(byte[] bytes, int lengte) {
        return java.util.Arrays.copyOfRange(bytes, Math.max(0, bytes.length - lengte), bytes.length);
    }

    private static boolean bevat(byte[] bytes, String teken) {
        byte[] zoek = teken.getBytes(StandardCharsets.ISO_8859_1);
        buiten:
        for (int i = 0; i + zoek.length <= bytes.length; i++) {
            for (int j = 0; j < zoek.length; j++) {
                if (bytes[i + j] != zoek[j]) {
                    continue buiten;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * A zip is a Word or PowerPoint file only when its main part says so. Every entry is unpacked once through
     * POI's guarded stream (which refuses a suspicious inflation ratio) before any parser sees the file.
     */
    private static Bestandssoort container(Path bestand) throws IOException {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATIE);
        ZipSecureFile.setMaxFileCount(MAX_ONDERDELEN);
        long uitgepakt = 0;
        try (ZipSecureFile zip = new ZipSecureFile(bestand.toFile())) {
            int onderdelen = 0;
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry onderdeel = e.nextElement();
                if (++onderdelen > MAX_ONDERDELEN) {
                    throw niet("bibliotheek.fout.te-veel-onderdelen", MAX_ONDERDELEN);
                }
                String naam = onderdeel.getName().toLowerCase(Locale.ROOT);
                if (naam.endsWith("vbaproject.bin") || naam.contains("/activex/") || naam.endsWith("vbadata.xml")) {
                    throw niet("bibliotheek.fout.macro");
                }
                try (InputStream in = zip.getInputStream(onderdeel)) {
                    byte[] buffer = new byte[64 * 1024];
                    int gelezen;
                    while ((gelezen = in.read(buffer)) != -1) {
                        uitgepakt += gelezen;
                        if (uitgepakt > MAX_UITGEPAKT) {
                            throw niet("bibliotheek.fout.zipbom");
                        }
                    }
                } catch (IOException zipbom) {
                    // POI's guarded stream says "Zip bomb detected!" when the ratio is off; any other failure is as bad
                    throw niet("bibliotheek.fout.zipbom");
                }
            }
        } catch (IOException | IllegalStateException kapot) {
            if (kapot.getMessage() != null && kapot.getMessage().contains("file count")) {
                throw niet("bibliotheek.fout.te-veel-onderdelen", MAX_ONDERDELEN);
            }
            throw niet("bibliotheek.fout.onleesbaar");
        }
        try (OPCPackage pakket = OPCPackage.open(bestand.toFile(), PackageAccess.READ)) {
            var hoofd = pakket.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
            String type = hoofd.isEmpty() ? "" : hoofd.getFirst().getContentType();
            if (type.toLowerCase(Locale.ROOT).contains("macroenabled")) {
                throw niet("bibliotheek.fout.macro");
            }
            return switch (type) {
                case WORD -> Bestandssoort.DOCX;
                case POWERPOINT -> Bestandssoort.PPTX;
                default -> throw niet("bibliotheek.fout.soort");
            };
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw niet("bibliotheek.fout.soort");
        }
    }

    private static Map<String, String> word(Path bestand) throws IOException {
        Map<String, String> teksten = new LinkedHashMap<>();
        try (OPCPackage pakket = opcLezen(bestand); XWPFDocument doc = new XWPFDocument(pakket);
             XWPFWordExtractor lezer = new XWPFWordExtractor(doc)) {
            lezer.setCloseFilesystem(false);
            // the extractor reads the body with its tables, headers and footers
            teksten.put("tekst", lezer.getText());
            teksten.put("opmerkingen", java.util.Arrays.stream(doc.getComments()).map(XWPFComment::getText)
                    .collect(Collectors.joining("\n")));
            teksten.put("voetnoten", doc.getFootnotes().stream().map(XWPFFootnote::getParagraphs).flatMap(java.util.List::stream)
                    .map(p -> p.getText()).collect(Collectors.joining("\n")));
            teksten.put("eigenschappen", eigenschappen(doc.getProperties()));
        }
        return begrensd(teksten);
    }

    private static Map<String, String> powerpoint(Path bestand) throws IOException {
        Map<String, String> teksten = new LinkedHashMap<>();
        try (OPCPackage pakket = opcLezen(bestand); XMLSlideShow dia = new XMLSlideShow(pakket)) {
            teksten.put("tekst", dia(dia, true, false, false));
            teksten.put("notities", dia(dia, false, true, false));
            teksten.put("opmerkingen", dia(dia, false, false, true));
            teksten.put("eigenschappen", eigenschappen(dia.getProperties()));
        }
        return begrensd(teksten);
    }

    private static OPCPackage opcLezen(Path bestand) throws IOException {
        try {
            return OPCPackage.open(bestand.toFile(), PackageAccess.READ);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @SuppressWarnings("resource") // closing the extractor would close the slide show, which the caller closes
    private static String dia(XMLSlideShow dia, boolean dias, boolean notities, boolean opmerkingen) {
        SlideShowExtractor<?, ?> lezer = new SlideShowExtractor<>(dia);
        lezer.setSlidesByDefault(dias);
        lezer.setNotesByDefault(notities);
        lezer.setCommentsByDefault(opmerkingen);
        lezer.setMasterByDefault(false);
        return lezer.getText();
    }

    private static String eigenschappen(POIXMLProperties eigenschappen) {
        var kern = eigenschappen.getCoreProperties();
        return String.join("\n", nietNull(kern.getTitle()), nietNull(kern.getSubject()), nietNull(kern.getDescription()),
                nietNull(kern.getKeywords()), nietNull(kern.getCategory()));
    }

    private static Uitkomst pdf(Path bestand) throws IOException {
        Map<String, String> teksten = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(bestand.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            if (doc.isEncrypted()) {
                throw niet("bibliotheek.fout.versleuteld");
            }
            PDFTextStripper lezer = new PDFTextStripper();
            teksten.put("tekst", lezer.getText(doc));
            StringBuilder opmerkingen = new StringBuilder();
            for (PDPage pagina : doc.getPages()) {
                for (PDAnnotation a : pagina.getAnnotations()) {
                    if (a.getContents() != null) {
                        opmerkingen.append(a.getContents()).append('\n');
                    }
                }
            }
            teksten.put("opmerkingen", opmerkingen.toString());
            PDDocumentInformation info = doc.getDocumentInformation();
            teksten.put("eigenschappen", String.join("\n", nietNull(info.getTitle()), nietNull(info.getSubject()),
                    nietNull(info.getKeywords())));
        } catch (InvalidPasswordException versleuteld) {
            throw niet("bibliotheek.fout.versleuteld");
        }
        return new Uitkomst(Bestandssoort.PDF, begrensd(teksten), null, null);
    }

    /** The size of an image is read from its header; a file that declares too many pixels is never decoded. */
    private static Uitkomst afbeelding(Path bestand, Bestandssoort soort) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(bestand.toFile())) {
            Iterator<ImageReader> lezers = ImageIO.getImageReaders(in);
            if (!lezers.hasNext()) {
                throw niet("bibliotheek.fout.onleesbaar");
            }
            ImageReader lezer = lezers.next();
            try {
                lezer.setInput(in, true, true);
                int breedte = lezer.getWidth(0);
                int hoogte = lezer.getHeight(0);
                if (breedte > MAX_ZIJDE || hoogte > MAX_ZIJDE || (long) breedte * hoogte > MAX_PIXELS) {
                    throw niet("bibliotheek.fout.te-veel-pixels", MAX_ZIJDE);
                }
                return new Uitkomst(soort, Map.of(), breedte, hoogte);
            } finally {
                lezer.dispose();
            }
        }
    }

    private static Map<String, String> begrensd(Map<String, String> teksten) {
        Map<String, String> uit = new LinkedHashMap<>();
        teksten.forEach((deel, tekst) -> {
            String t = tekst == null ? "" : tekst.strip();
            if (!t.isEmpty()) {
                uit.put(deel, t.length() > MAX_TEKST ? t.substring(0, MAX_TEKST) : t);
            }
        });
        return uit;
    }

    private static String nietNull(String s) {
        return s == null ? "" : s;
    }
}
