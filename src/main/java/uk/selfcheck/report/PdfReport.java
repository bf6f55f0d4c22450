package uk.selfcheck.report;

import static uk.selfcheck.report.Html.text;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.io.InputStream;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import uk.selfcheck.model.Evaluation;

/**
 * The report as a PDF, made here without a browser: the content of {@link HtmlReport}, without its charts (which need
 * a browser to draw), laid out for A4 paper by openhtmltopdf with a stylesheet of its own, since openhtmltopdf reads
 * CSS 2.1 and paged media but no custom properties or media queries. The same evaluation gives the same bytes: the
 * document carries no date, and its identifier is a digest of its content.
 *
 * <p>Text is set in the standard PDF fonts (Helvetica), which every PDF reader has; a character they lack (a letter
 * outside Western European alphabets in the authority's evidence, say) is set in Liberation Sans, which PDFBox carries,
 * embedded as far as it is used, so nothing the authority wrote is lost. Nothing is read from the computer's own
 * fonts: PDFBox would otherwise search them, and write a cache of them to the home folder, on first use.
 */
public final class PdfReport {
    private static final String STYLE = String.join("\n",
            "@page{size:A4;margin:18mm 16mm 20mm 16mm;"
                    + "@bottom-left{content:\"Prediction from the authority's own self-assessment, not an Ofsted "
                    + "judgement\";font:7.5pt Helvetica,\"Liberation Sans\",sans-serif;color:#565656}"
                    + "@bottom-right{content:\"Page \" counter(page) \" of \" counter(pages);"
                    + "font:7.5pt Helvetica,\"Liberation Sans\",sans-serif;color:#565656}}",
            "main,section,header,footer,figure{display:block}",
            "body{margin:0;color:#1d1d1b;font:10pt/1.4 Helvetica,\"Liberation Sans\",sans-serif}",
            "h1{font-size:18pt;line-height:1.2;margin:2pt 0 8pt}",
            "h2{font-size:13.5pt;margin:16pt 0 5pt;padding-top:4pt;border-top:1.5pt solid #1d1d1b;"
                    + "page-break-after:avoid}",
            "h3{font-size:11pt;margin:11pt 0 3pt;page-break-after:avoid}",
            "h4{font-size:9pt;margin:8pt 0 2pt;color:#565656;text-transform:uppercase;letter-spacing:.5pt;"
                    + "page-break-after:avoid}",
            "p{margin:3pt 0}",
            ".kicker{margin:0;color:#565656;font-size:8pt;text-transform:uppercase;letter-spacing:1pt}",
            ".prediction{border:1.5pt solid #1d1d1b;padding:6pt 8pt;margin:8pt 0}",
            ".meta,footer{color:#565656;font-size:8.5pt}",
            "table{border-collapse:collapse;width:100%;margin:4pt 0}",
            "th,td{text-align:left;vertical-align:top;padding:4pt 5pt;border-bottom:.75pt solid #d4d4d4}",
            "tr{page-break-inside:avoid}",
            "td.n,th.n{text-align:right}",
            ".grade{font-weight:bold}",
            ".g-outstanding{color:#1b5e20}.g-good{color:#2e7d32}.g-requires_improvement{color:#a65f00}"
                    + ".g-inadequate{color:#b3261e}.g-ungraded{color:#757575}",
            ".finding{border-left:3pt solid #d4d4d4;padding:1pt 0 1pt 7pt;margin:5pt 0;page-break-inside:avoid}",
            ".finding.strength{border-left-color:#2e7d32}.finding.weakness{border-left-color:#b3261e}",
            ".finding p{margin:1pt 0}",
            ".finding .title{font-weight:bold}",
            ".evidence{margin:2pt 0;padding:2pt 6pt;background-color:#f4f4f4}",
            ".sources{margin:2pt 0 0;padding-left:12pt;color:#565656;font-size:8pt}",
            "ol,ul{margin:3pt 0;padding-left:16pt}",
            "li{margin:2pt 0}",
            "ol.priorities li{margin:6pt 0;page-break-inside:avoid}",
            ".lifts{font-weight:bold}",
            ".edit,.muted{color:#565656}",
            ".edit small{font:7.5pt Courier,\"Liberation Sans\",monospace}",
            "section.area{font-size:9pt}",
            "#appendix{page-break-before:always;font-size:7.5pt;color:#565656}",
            "#appendix h3{font-size:9pt}",
            "ul.ids{font-family:Courier,\"Liberation Sans\",monospace}");

    private final HtmlReport html;

    public PdfReport(ReportContext context) {
        this.html = new HtmlReport(context);
    }

    /** The PDF's bytes. */
    public byte[] render(Evaluation e) {
        String page = xhtml(HtmlReport.title(e), html.body(e, false));
        XRLog.setLoggingEnabled(false); // the layout engine logs its progress; stderr carries only errors
        ByteArrayOutputStream unused = new ByteArrayOutputStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FontMappers.set(BundledFont.MAPPER);
        try (PdfBoxRenderer renderer = new PdfRendererBuilder().withHtmlContent(page, null).toStream(unused)
                .useFont(() -> BundledFont.stream(), BundledFont.FAMILY).withProducer("selfcheck").buildPdfRenderer();
             PDDocument pdf = renderer.createPDFKeepOpen()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(HtmlReport.title(e));
            info.setSubject("A prediction from the authority's own self-assessment dated " + e.assessment().date()
                    + ", not an Ofsted judgement");
            info.setCreator("selfcheck");
            info.setProducer("selfcheck");
            pdf.setDocumentInformation(info);
            byte[] digest = digest(page);
            COSArray id = new COSArray();
            id.add(new COSString(digest));
            id.add(new COSString(digest));
            pdf.getDocument().getTrailer().setItem(COSName.ID, id);
            pdf.save(out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    /** The body as an XHTML document, which openhtmltopdf parses as XML. */
    private static String xhtml(String title, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">\n"
                + "<head>\n<title>" + text(title) + "</title>\n<style>\n" + STYLE + "\n</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }

    /** The document's identifier: the first 16 bytes of a SHA-256 of the page it lays out. */
    private static byte[] digest(String page) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(page.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha, 16);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

    /**
     * Liberation Sans, from PDFBox's own resources: the fallback for characters the standard fonts lack, and the only
     * font PDFBox may map a font name to, so that it never searches the computer's fonts.
     */
    private static final class BundledFont {
        static final String FAMILY = "Liberation Sans";
        private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
        static final FontMapper MAPPER = new FontMapper() {
            @Override
            public FontMapping<TrueTypeFont> getTrueTypeFont(String name, PDFontDescriptor descriptor) {
                return new FontMapping<>(font(), false);
            }

            @Override
            public FontMapping<FontBoxFont> getFontBoxFont(String name, PDFontDescriptor descriptor) {
                return new FontMapping<>(font(), false);
            }

            @Override
            public CIDFontMapping getCIDFont(String name, PDFontDescriptor descriptor, PDCIDSystemInfo info) {
                return new CIDFontMapping(null, font(), false);
            }
        };
        private static TrueTypeFont font;

        private BundledFont() {
        }

        static InputStream stream() {
            InputStream in = PdfReport.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("PDFBox's " + RESOURCE + " is missing from the class path");
            }
            return in;
        }

        /** Parsed once: the standard fonts ask for it for their glyph outlines, which a PDF this writes never needs. */
        static synchronized TrueTypeFont font() {
            if (font == null) {
                try (InputStream in = stream()) {
                    font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }
}
