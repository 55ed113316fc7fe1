package io.orbitdc.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.orbitdc.core.launch.LaunchReport;
import io.orbitdc.core.study.Study;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CSV tables of size, cost and launch, read back by a real CSV reader (Jackson's): the same
 * numbers as the JSON reports, text neutralised against formula injection, RFC 4180 quoting.
 * Regression checks (the numbers are the models', compared with their own JSON).
 */
class CsvReportsTest {

    private static final Study SUNCATCHER = Study.load(Path.of("../scenarios/suncatcher-like.yaml"));

    @Test
    void cellsAreQuotedNeutralisedAndNumbersPlain() {
        CsvTable t = new CsvTable(List.of("name", "value"), List.of(
                Arrays.asList("=HYPERLINK(\"x\")", 1.0e9),
                Arrays.asList("a, b", Double.NaN),
                Arrays.asList("-2", -2.5),
                Arrays.asList(null, 3)));
        assertThat(t.render()).isEqualTo("name,value\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",1000000000\n"
                + "\"a, b\",\n"
                + "'-2,-2.5\n"
                + ",3\n");
    }

    @Test
    void costLinesAddUpToEachSidesTotalAsInTheJson() throws IOException {
        CostReport report = SUNCATCHER.cost();
        List<Map<String, String>> rows = read(CostCsv.lines(report).render());
        for (String side : List.of("orbit", "ground")) {
            double sum = rows.stream().filter(r -> r.get("side").equals(side) && !r.get("line").equals("total"))
                    .mapToDouble(r -> Double.parseDouble(r.get("usd"))).sum();
            double total = rows.stream().filter(r -> r.get("side").equals(side) && r.get("line").equals("total"))
                    .mapToDouble(r -> Double.parseDouble(r.get("usd"))).findFirst().orElseThrow();
            double json = CostJson.of(report).get(side.equals("orbit") ? "space" : "ground").get("totalUsd").asDouble();
            // the lines are summed in the same order the model sums them, so only rounding of the last digit differs
            assertThat(sum).isCloseTo(total, within(1e-6 * total));
            assertThat(total).isEqualTo(json);
        }
        List<Map<String, String>> tornado = read(CostCsv.tornado(report).render());
        assertThat(tornado).hasSize(report.comparison().sensitivity().size()).isNotEmpty();
        assertThat(tornado.get(0).keySet()).containsExactly("input", "unit", "low", "high", "ratio_at_low", "ratio_at_high", "swing");
    }

    @Test
    void theManifestHasOneRowPerLaunch() throws IOException {
        LaunchReport report = SUNCATCHER.launch();
        List<Map<String, String>> rows = read(LaunchCsv.manifest(report).render());
        assertThat(rows).hasSize(report.launches().size());
        assertThat(rows.stream().mapToInt(r -> Integer.parseInt(r.get("satellites"))).sum())
                .isEqualTo(report.totals().satellites());
    }

    @Test
    void sizeRowsCarryTheUnitOfTheirKey() throws IOException {
        List<Map<String, String>> rows = read(SizingCsv.of(SUNCATCHER.size()).render());
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("quantity")).isEqualTo("satellite.massKg");
            assertThat(r.get("unit")).isEqualTo("kg");
        });
        assertThat(SizingCsv.unit("radiation.doseRadPerYearHigh")).isEqualTo("rad/yr");
        assertThat(SizingCsv.unit("orbit.worstEclipseS")).isEqualTo("s");
        assertThat(SizingCsv.unit("fleet.satellites")).isEmpty();
    }

    private static List<Map<String, String>> read(String csv) throws IOException {
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return it.readAll();
        }
    }
}
