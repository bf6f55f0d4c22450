package uk.selfcheck.model;

/**
 * How often the pack's predictions agreed with the grades Ofsted published, on inspections kept out of its making,
 * as pack.yaml's {@code measured_agreement:} states (and a test keeps true): what a report tells its reader about how
 * far to trust it.
 *
 * @param fixtures        the folder of fixtures it was measured on, as {@code selfcheck verify} takes it
 * @param inspections     how many published inspections those fixtures are
 * @param overallExact    overall effectiveness judgements predicted exactly, of {@code overallTotal}
 * @param judgementsExact other judgements predicted exactly, of {@code judgementsTotal}
 * @param offByTwo        judgements two or more grades out
 */
public record MeasuredAgreement(String fixtures, int inspections, int overallExact, int overallTotal,
                                int judgementsExact, int judgementsTotal, int offByTwo) {

    /**
     * The sentence a report gives: the measured figures for a full inspection, under the pack alone; with an overlay,
     * or for a focused visit, what was measured and that this prediction is not covered by it.
     */
    public String sentence(boolean focusedVisit, boolean overlays) {
        String measured = "On " + inspections + " published inspections kept out of the rule pack's making, its "
                + "predicted overall effectiveness matched Ofsted's in " + overallExact + " of " + overallTotal + " ("
                + percent(overallExact, overallTotal) + "%) and the other judgements in " + judgementsExact + " of " + judgementsTotal + " ("
                + percent(judgementsExact, judgementsTotal) + "%); " + (offByTwo == 0 ? "none was"
                : offByTwo + (offByTwo == 1 ? " was" : " were")) + " two grades out.";
        if (focusedVisit) {
            return measured + " Focused visits were not measured: these indicative grades are less certain.";
        }
        if (overlays) {
            return measured + " That was measured for the pack alone: this report also uses an overlay, which was not.";
        }
        return measured;
    }

    private static long percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }
}
