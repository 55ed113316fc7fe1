package io.orbitdc.core.report.html;

import java.util.List;
import java.util.Optional;

/**
 * The HTML report of one scenario (docs/report.md): a verdict header, then sections of charts
 * and key figures, then notes. A model only: {@link HtmlReportWriter} turns it into one
 * self-contained {@code report.html}; {@link HtmlReportBuilder} makes it from the verbs' report models.
 *
 * @param scenario     the scenario's name (untrusted text: the writer escapes it)
 * @param file         the scenario file as given
 * @param headline     the verdict header's figures, in display order
 * @param sections     the report's sections, in display order
 * @param notes        what the reader should know about how the page was made (what was not run, caps)
 */
public record HtmlReport(String scenario, String file, List<Figure> headline, List<Section> sections,
                         List<String> notes) {

    public HtmlReport {
        headline = List.copyOf(headline);
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }

    /** Every chart of the report, in page order. */
    public List<Chart> charts() {
        return sections.stream().flatMap(s -> s.charts().stream()).toList();
    }

    /** A section by id, if the report has it. */
    public Optional<Section> section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * One labelled figure: {@code value} as formatted text with its unit, and an optional band
     * ("P10–P90 …") or comment under it.
     */
    public record Figure(String label, String value, String detail) {
    }

    /**
     * A section of the page.
     *
     * @param id       HTML id ({@code [a-z0-9-]})
     * @param title    heading
     * @param intro    one paragraph: what the charts show and where their numbers come from
     * @param figures  key figures shown above the charts
     * @param charts   the charts
     * @param selector label of the selector that switches the charts' variants (empty: none)
     */
    public record Section(String id, String title, String intro, List<Figure> figures, List<Chart> charts,
                          Optional<String> selector) {
        public Section {
            if (!id.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("section id '" + id + "': expected [a-z0-9-]+");
            }
            figures = List.copyOf(figures);
            charts = List.copyOf(charts);
        }

        /** A section without a selector. */
        public Section(String id, String title, String intro, List<Figure> figures, List<Chart> charts) {
            this(id, title, intro, figures, charts, Optional.empty());
        }
    }
}
