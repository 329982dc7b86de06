package nl.leerteam.platform.bestand;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The copy of a file that leaves its school: who wrote it and for which organisation is cleared (author,
 * last editor, company, manager, custom properties), the thumbnail an Office program saved is removed (it can
 * show what the text scan never saw), a PDF is written anew without its metadata stream and earlier
 * revisions, and an image keeps its pixels but loses its EXIF, XMP and text chunks, without being decoded.
 */
public final class Opschoning {

    /** PNG chunks that carry the picture; everything else (text, EXIF, time) stays behind. */
    private static final Set<String> PNG_BEELD = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT",
            "pHYs", "bKGD");
    private static final byte[] PNG_HANDTEKENING = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Opschoning() {
    }

    public static void gedeeldeKopie(Path bron, Bestandssoort soort, Path doel) throws IOException {
        switch (soort) {
            case DOCX, PPTX -> office(bron, doel);
            case PDF -> pdf(bron, doel);
            case PNG -> png(bron, doel);
            case JPEG -> jpeg(bron, doel);
        }
    }

    private static void office(Path bron, Path doel) throws IOException {
        Files.copy(bron, doel, StandardCopyOption.REPLACE_EXISTING);
        try (OPCPackage pakket = OPCPackage.open(doel.toFile(), PackageAccess.READ_WRITE)) {
            var kern = pakket.getPackageProperties();
            kern.setCreatorProperty(Optional.empty());
            kern.setLastModifiedByProperty(Optional.empty());
            POIXMLProperties eigenschappen = new POIXMLProperties(pakket);
            var uitgebreid = eigenschappen.getExtendedProperties().getUnderlyingProperties();
            if (uitgebreid.isSetCompany()) {
                uitgebreid.unsetCompany();
            }
            if (uitgebreid.isSetManager()) {
                uitgebreid.unsetManager();
            }
            var eigen = eigenschappen.getCustomProperties().getUnderlyingProperties();
            while (eigen.sizeOfPropertyArray() > 0) {
                eigen.removeProperty(0);
            }
            eigenschappen.commit();
            List<PackageRelationship> miniaturen = new java.util.ArrayList<>();
            pakket.getRelationshipsByType(PackageRelationshipTypes.THUMBNAIL).forEach(miniaturen::add);
            for (PackageRelationship miniatuur : miniaturen) {
                pakket.removePart(PackagingURIHelper.createPartName(miniatuur.getTargetURI()));
                pakket.removeRelationship(miniatuur.getId());
            }
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.apache.xmlbeans.XmlException e) {
            throw new IOException(e);
        }
    }

    private static void pdf(Path bron, Path doel) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(bron.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentInformation oud = doc.getDocumentInformation();
            PDDocumentInformation nieuw = new PDDocumentInformation();
            nieuw.setTitle(oud.getTitle());
            doc.setDocumentInformation(nieuw);
            doc.getDocumentCatalog().setMetadata(null);
            doc.save(doel.toFile());
        }
    }

    private static void png(Path bron, Path doel) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(bron)));
             DataOutputStream uit = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(doel)))) {
            byte[] handtekening = in.readNBytes(8);
            if (!java.util.Arrays.equals(handtekening, PNG_HANDTEKENING)) {
                throw new IOException("not a PNG");
            }
            uit.write(handtekening);
            while (true) {
                int lengte = in.readInt();
                byte[] soort = in.readNBytes(4);
                String naam = new String(soort, StandardCharsets.US_ASCII);
                if (lengte < 0) {
                    throw new IOException("bad chunk");
                }
                if (PNG_BEELD.contains(naam)) {
                    uit.writeInt(lengte);
                    uit.write(soort);
                    kopieer(in, uit, lengte + 4L);
                } else {
                    in.skipNBytes(lengte + 4L);
                }
                if (naam.equals("IEND")) {
                    return;
                }
            }
        }
    }

    /** JPEG segments before the picture data: APP1 (EXIF, XMP), APP13 (IPTC) and comments are left out. */
    private static void jpeg(Path bron, Path doel) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(bron)));
             OutputStream uit = new java.io.BufferedOutputStream(Files.newOutputStream(doel))) {
            if (in.readUnsignedShort() != 0xFFD8) {
                throw new IOException("not a JPEG");
            }
            uit.write(new byte[] {(byte) 0xFF, (byte) 0xD8});
            while (true) {
                int marker = in.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00) {
                    throw new IOException("bad marker");
                }
                if (marker == 0xFFDA) {
                    // start of scan: the picture itself, copied to the end as it is
                    uit.write(new byte[] {(byte) 0xFF, (byte) 0xDA});
                    in.transferTo(uit);
                    return;
                }
                int lengte = in.readUnsignedShort();
                boolean weg = marker == 0xFFE1 || marker == 0xFFED || marker == 0xFFFE;
                if (weg) {
                    in.skipNBytes(lengte - 2L);
                } else {
                    uit.write(new byte[] {(byte) (marker >> 8), (byte) marker, (byte) (lengte >> 8), (byte) lengte});
                    kopieer(in, uit, lengte - 2L);
                }
            }
        } catch (EOFException e) {
            throw new IOException("truncated image", e);
        }
    }

    private static void kopieer(InputStream in, OutputStream uit, long aantal) throws IOException {
        byte[] buffer = new byte[8192];
        long over = aantal;
        while (over > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, over));
            if (n < 0) {
                throw new EOFException();
            }
            uit.write(buffer, 0, n);
            over -= n;
        }
    }
}
