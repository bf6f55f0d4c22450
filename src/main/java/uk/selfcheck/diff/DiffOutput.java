package uk.selfcheck.diff;

/** One output format of {@code selfcheck diff}. */
public interface DiffOutput {
    String render(PackDiff diff);

    /** The formats {@code --format} accepts, by the name users type. */
    enum Format {
        text(new DiffText()),
        json(new DiffJson());

        private final DiffOutput output;

        Format(DiffOutput output) {
            this.output = output;
        }

        public DiffOutput output() {
            return output;
        }
    }
}
