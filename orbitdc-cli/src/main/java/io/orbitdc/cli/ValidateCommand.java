package io.orbitdc.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.study.Study;
import io.orbitdc.core.scenario.ScenarioError;
import io.orbitdc.core.scenario.ScenarioException;
import io.orbitdc.core.report.TextSafe;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code orbitdc validate FILE}: every error of a scenario at once, or a one-line summary of a valid one. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file; list every error as FILE:LINE:COL field: found; expected.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @picocli.CommandLine.Mixin
    OverrideOptions set = new OverrideOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Study study = Study.load(file, set.overrides());
            study.check(); // the engines' own checks, so that every verb accepts what validate accepts
            Scenario s = study.scenario();
            if (json) {
                ObjectNode doc = JsonOutput.object();
                doc.put("file", file.toString());
                doc.put("valid", true);
                doc.put("name", s.name());
                doc.put("shells", s.shells().size());
                doc.put("satellites", s.configuredSatellites());
                doc.putArray("errors");
                out.print(JsonOutput.pretty(doc));
            } else {
                out.println(TextSafe.escape(file + ": valid — " + summary(s))); // the name is the user's text
            }
            out.flush();
            return OrbitdcCommand.EXIT_OK;
        } catch (ScenarioException e) {
            if (!json) {
                throw e;
            }
            ObjectNode doc = JsonOutput.object();
            doc.put("file", file.toString());
            doc.put("valid", false);
            ArrayNode errors = doc.putArray("errors");
            for (ScenarioError err : e.errors()) {
                ObjectNode n = errors.addObject();
                n.put("line", err.location().line());
                n.put("column", err.location().column());
                n.put("field", err.fieldPath());
                n.put("message", err.message());
                n.put("text", err.toString());
            }
            out.print(JsonOutput.pretty(doc));
            out.flush();
            return OrbitdcCommand.EXIT_BAD_INPUT;
        }
    }

    private static String summary(Scenario s) {
        if (!s.hasSpaceSegment()) {
            return String.format(Locale.ROOT, "'%s', a ground-only reference (site %s)", s.name(),
                    s.economics().terrestrial().siteId());
        }
        return String.format(Locale.ROOT, "'%s', %d satellite(s) in %d shell(s), %d x %s per satellite",
                s.name(), s.configuredSatellites(), s.shells().size(), s.satellite().get().acceleratorsPerSatellite(),
                s.satellite().get().accelerator().name());
    }
}
