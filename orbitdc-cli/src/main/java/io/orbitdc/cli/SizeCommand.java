package io.orbitdc.cli;

import java.util.Map;
import io.orbitdc.core.report.SizingCsv;

import io.orbitdc.core.report.SizingReport;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.report.SizingJson;
import io.orbitdc.core.report.SizingTable;
import picocli.CommandLine.Command;

/** {@code orbitdc size FILE}: closed-form budgets of one satellite and the fleet, and which one binds. */
@Command(name = "size", mixinStandardHelpOptions = true,
        description = "Size a design: orbit, power, thermal, radiation and mass budgets per satellite and for the fleet.")
final class SizeCommand extends ReportCommand {

    @Override
    public Integer call() {
        SizingReport report = study().size();
        return emit("size", JsonOutput.pretty(SizingJson.of(report)), SizingTable.render(report),
                Map.of("size.csv", () -> SizingCsv.of(report).render()));
    }
}
