package uk.selfcheck.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.analysis.GradeRaiser;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.SelfAssessment;

/** The report as a PDF: the same bytes for the same input, and the report's words in it. */
class PdfReportTest {
    private final RulePack pack = ShippedPack.get();

    private record Rendered(Evaluation evaluation, ReportContext context, byte[] pdf) {
    }

    private Rendered render(Path file) throws Exception {
        SelfAssessment assessment = new SelfAssessmentReader(pack.manifest(), pack.catalog(), LocalDate.of(2030, 1, 1))
                .read(file, file.toString());
        Evaluation e = new Evaluator(pack).evaluate(assessment);
        List<GradeRaise> raises = new GradeRaiser(pack, judgement -> { }).raises(assessment, e);
        ReportContext context = new ReportContext(pack.catalog(), pack.manifest().areas(), raises);
        return new Rendered(e, context, new PdfReport(context).render(e));
    }

    /** The text of the PDF, its lines joined with spaces, as a reader would copy it. */
    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSameInputGivesTheSameBytesWithNoDateAndAnIdentifierFromTheContent() throws Exception {
        Path file = Path.of("fixtures/seeds/newcastle-2019.yaml");
        byte[] first = render(file).pdf();
        byte[] second = render(file).pdf();
        assertTrue(new String(first, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        assertArrayEquals(first, second);
        byte[] other = render(Path.of("fixtures/seeds/gateshead-2021.yaml")).pdf();
        try (PDDocument doc = Loader.loadPDF(first); PDDocument otherDoc = Loader.loadPDF(other)) {
            assertNull(doc.getDocumentInformation().getCreationDate());
            assertNull(doc.getDocumentInformation().getModificationDate());
            assertEquals("Predicted indicative grades for Newcastle upon Tyne", doc.getDocumentInformation().getTitle());
            COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            COSArray otherId = otherDoc.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertEquals(2, id.size());
            assertFalse(id.toString().equals(otherId.toString()), "another report, another identifier");
        }
    }

    @Test
    void theTextHoldsTheJudgementsTheFirstPriorityAndTheFindings() throws Exception {
        Rendered r = render(Path.of("fixtures/edge/over-optimistic-self-evaluation.yaml"));
        String text = text(r.pdf());
        for (Evaluation.AreaResult area : r.evaluation().areas()) {
            String grade = area.predicted().map(g -> g.label()).orElse("Not graded");
            assertTrue(text.contains(area.judgement().title()), area.judgement().title() + " in " + text);
            assertTrue(text.contains(area.judgement().title() + " " + grade), area.judgement().title() + ": "
                    + grade + " in " + text);
        }
        assertTrue(text.contains("Overall effectiveness " + r.evaluation().overall().getGrade().label()), text);
        List<Priorities.Priority> priorities = Priorities.of(r.context().raises(),
                new Words(pack.catalog(), r.evaluation()));
        assertFalse(priorities.isEmpty());
        assertTrue(text.contains(priorities.get(0).practice()), priorities.get(0).practice() + " in " + text);
        assertTrue(text.contains("This is a prediction from the authority's own self-assessment, not an Ofsted "
                + "judgement."), text);
        assertTrue(text.contains("Leaders have not recognised weaknesses in practice (high)"), text);
        assertTrue(text.contains("Page 1 of "), text);
    }

    @Test
    void aLetterNoStandardFontHasIsKeptNotDropped() throws Exception {
        Path file = Files.createTempFile("pdf", ".yaml");
        try {
            Files.writeString(file, Files.readString(Path.of("fixtures/seeds/gateshead-2015.yaml"))
                    .replaceFirst("evidence: \"Clear protocols", "evidence: \"Łódź and Ελλάδα: clear protocols"));
            String text = text(render(file).pdf());
            assertTrue(text.contains("\u201cŁódź and Ελλάδα: clear protocols"), text);
        } finally {
            Files.delete(file);
        }
    }
}
