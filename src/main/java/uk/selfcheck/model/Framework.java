package uk.selfcheck.model;

import java.util.List;
import java.util.Optional;

/** An inspection framework: its judgements, and whether it gives an overall effectiveness judgement. */
public record Framework(String id, String title, boolean overall, List<Judgement> judgements) {

    public Optional<Judgement> judgement(String judgementId) {
        return judgements.stream().filter(j -> j.id().equals(judgementId)).findFirst();
    }

    /** The judgement that weighs findings of a criteria area, if the framework judges that area at all. */
    public Optional<Judgement> judgementFor(String area) {
        return judgements.stream().filter(j -> j.covers(area)).findFirst();
    }
}
