package io.orbitdc.cli;

import io.orbitdc.core.geometry.GeometryRequest;
import io.orbitdc.core.geometry.GeometryResult;
import io.orbitdc.core.geometry.OrekitDataSetup;
import io.orbitdc.core.pipeline.GeometryStage;
import io.orbitdc.core.pipeline.SizingStage;
import io.orbitdc.core.results.AtomicOutput;
import io.orbitdc.core.results.GeometryTable;
import io.orbitdc.core.results.JsonOutput;
import io.orbitdc.core.geometry.GeometryOutputs;
import io.orbitdc.core.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code orbitdc geometry FILE}: the fleet on Orekit — sunlight and eclipses, beta angle,
 * ground contacts, SAA passes, drag — with event tables, CZML and CCSDS OEM under {@code --out}.
 */
@Command(name = "geometry", mixinStandardHelpOptions = true,
        description = "Propagate the fleet with Orekit: eclipses, beta angle, contacts, SAA passes, drag; event tables, CZML and OEM with --out.")
final class GeometryCommand extends ReportCommand {

    @Option(names = "--orekit-data", paramLabel = "DIR",
            description = "A full orekit-data directory (EOP, JPL ephemerides) instead of the bundled minimum.")
    Path orekitData;

    @Option(names = "--oem", description = "With --out: also write a CCSDS OEM file per evaluated satellite.")
    boolean oem;

    @Override
    public Integer call() {
        Scenario scenario = loadSpaceScenario("propagate");
        OrekitDataSetup data = dataSetup();
        GeometryRequest request = GeometryStage.request(scenario, SizingStage.run(scenario), data);
        GeometryResult result = GeometryStage.run(request, data);
        String jsonText = JsonOutput.pretty(JsonOutput.tree(result.report()));
        String text = GeometryTable.render(scenario.name(), result.report());
        if (out != null) {
            new GeometryOutputs(data).writeAll(out, request, result, scenario.stepS(), oem);
            AtomicOutput.writeString(out.resolve("geometry.txt"), text);
        }
        return print(jsonText, text);
    }

    private OrekitDataSetup dataSetup() {
        if (orekitData == null) {
            return OrekitDataSetup.bundled();
        }
        if (!Files.isDirectory(orekitData)) {
            throw new BadInputException("--orekit-data " + orekitData + ": no such directory; expected an orekit-data folder");
        }
        return OrekitDataSetup.fromDirectory(orekitData);
    }
}
