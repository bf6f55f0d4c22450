package uk.selfcheck.analysis;

import java.util.List;
import uk.selfcheck.model.Grade;

/**
 * What would lift one judgement by one grade: the smallest set of its weaknesses whose resolution, re-evaluated
 * through the rules, gives the next grade up.
 *
 * @param resolutions empty when no set was found ({@code note} says why)
 * @param minimum     true when no smaller set lifts the grade; false when the search stopped at its bound and the
 *                    set is only minimal (no weakness in it can be left out)
 */
public record GradeRaise(String judgement, String title, Grade from, Grade to, List<Resolution> resolutions,
                         boolean minimum, String note) {

    public boolean found() {
        return !resolutions.isEmpty();
    }
}
