package io.orbitdc.core.report.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression check: text cells of CSV exports that a spreadsheet would run as formulas are neutralised (OWASP). */
class CsvExportInjectionTest {

    @Test
    void formulaLikeTextCellsGetALeadingQuoteAndNumbersKeepTheirSign(@TempDir Path dir) throws IOException {
        String name = "=HYPERLINK(\"http://x\")";
        RunMetadata meta = new RunMetadata(name, RunMetadata.sha256(name.getBytes(StandardCharsets.UTF_8)), 1L,
                Instant.parse("2026-03-20T00:00:00Z"), 60.0, 30.0, 1, 1, "test");
        Path file = dir.resolve("results.duckdb");
        try (RunDatabase db = RunDatabase.create(file, meta)) {
            db.addEvent(RunEvent.of(0, 1, 30.0, "@cmd", "-1+2"));
            db.writeSummary(Map.of("delta", -3.5));
            db.commit();
        }
        try (RunResults r = RunResults.open(file)) {
            r.exportAll(ExportFormat.CSV, dir);
            // the stored text itself is untouched
            assertThat(r.metadata().scenarioName()).isEqualTo(name);
        }
        assertThat(Files.readString(dir.resolve("run.csv"))).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK");
        assertThat(Files.readString(dir.resolve("events.csv"))).contains("'@cmd").contains("'-1+2");
        assertThat(Files.readString(dir.resolve("summary.csv"))).contains("delta,-3.5");
    }
}
