package nl.leerteam.platform.bestand;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A small picture of a file, drawn on the server: the first page of a PDF, or an image made smaller while it is
 * read (every n-th pixel, so a large photo never lands in memory whole). Never more than {@value #MAXIMAAL}
 * pixels a side, one at a time, and given up after a few seconds: a file that takes longer gets no preview.
 * Office files get none; their thumbnail is written by the program that saved them and is never shown.
 */
public final class Voorbeeldmaker implements AutoCloseable {

    public static final int MAXIMAAL = 480;
    private static final Logger LOG = LoggerFactory.getLogger(Voorbeeldmaker.class);

    private final ExecutorService tekenaar = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "leerteam-voorbeeld");
        t.setDaemon(true);
        return t;
    });
    private final long seconden;

    public Voorbeeldmaker(long seconden) {
        this.seconden = seconden;
    }

    /** @return a PNG, or nothing for an Office file or when drawing failed or took too long */
    public Optional<byte[]> voorbeeld(Path bestand, Bestandssoort soort) {
        if (soort == Bestandssoort.DOCX || soort == Bestandssoort.PPTX) {
            return Optional.empty();
        }
        Future<BufferedImage> taak = tekenaar.submit(() -> soort == Bestandssoort.PDF ? pdf(bestand) : afbeelding(bestand));
        try {
            BufferedImage beeld = taak.get(seconden, TimeUnit.SECONDS);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(beeld, "png", png);
            return Optional.of(png.toByteArray());
        } catch (TimeoutException e) {
            taak.cancel(true);
            LOG.warn("Preview of a {} file took longer than {} s; the file has none", soort, seconden);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            LOG.info("No preview for a {} file: {}", soort, e.toString());
            return Optional.empty();
        }
    }

    private static BufferedImage pdf(Path bestand) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(bestand.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            if (doc.getNumberOfPages() == 0) {
                throw new IOException("no pages");
            }
            PDRectangle maat = doc.getPage(0).getCropBox();
            // the scale follows from the page's size, so an absurd page never becomes a large picture
            float schaal = MAXIMAAL / Math.max(1f, Math.max(maat.getWidth(), maat.getHeight()));
            return new PDFRenderer(doc).renderImage(0, schaal, ImageType.RGB);
        }
    }

    private static BufferedImage afbeelding(Path bestand) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(bestand.toFile())) {
            Iterator<ImageReader> lezers = ImageIO.getImageReaders(in);
            if (!lezers.hasNext()) {
                throw new IOException("unreadable image");
            }
            ImageReader lezer = lezers.next();
            try {
                lezer.setInput(in, true, true);
                int grootste = Math.max(lezer.getWidth(0), lezer.getHeight(0));
                ImageReadParam stap = lezer.getDefaultReadParam();
                int elke = Math.max(1, (int) Math.ceil(grootste / (double) MAXIMAAL));
                stap.setSourceSubsampling(elke, elke, 0, 0);
                BufferedImage gelezen = lezer.read(0, stap);
                return verklein(gelezen);
            } finally {
                lezer.dispose();
            }
        }
    }

    private static BufferedImage verklein(BufferedImage beeld) {
        double schaal = Math.min(1d, MAXIMAAL / (double) Math.max(beeld.getWidth(), beeld.getHeight()));
        int b = Math.max(1, (int) Math.round(beeld.getWidth() * schaal));
        int h = Math.max(1, (int) Math.round(beeld.getHeight() * schaal));
        BufferedImage uit = new BufferedImage(b, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = uit.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, b, h);
        g.drawImage(beeld, 0, 0, b, h, null);
        g.dispose();
        return uit;
    }

    @Override
    public void close() {
        tekenaar.shutdownNow();
    }
}
