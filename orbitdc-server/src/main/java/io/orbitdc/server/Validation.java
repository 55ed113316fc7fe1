package io.orbitdc.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.InputException;
import io.orbitdc.core.report.JsonOutput;
import io.orbitdc.core.scenario.Overrides;
import io.orbitdc.core.scenario.Scenario;
import io.orbitdc.core.scenario.ScenarioCatalogs;
import io.orbitdc.core.scenario.ScenarioLoader;
import io.orbitdc.core.study.Study;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code POST /api/v1/validate}: what {@code orbitdc validate --json} says of a scenario text —
 * {@code {valid, errors: [{line, column, field, message, text}]}} — without writing it anywhere.
 * Relative file references resolve against an empty folder of the server's, so they name nothing.
 */
record Validation(ScenarioCatalogs catalogs, Path baseDir) {

    ObjectNode check(String fileName, String text, List<String> set) {
        try {
            Study study = Study.of(ScenarioLoader.document(fileName, text, baseDir), catalogs, Overrides.parse(set));
            study.check(); // the engines' own checks: every verb accepts what validate accepts
            Scenario s = study.scenario();
            ObjectNode doc = JsonOutput.object();
            doc.put("valid", true);
            doc.put("name", s.name());
            doc.put("satellites", s.configuredSatellites());
            doc.putArray("errors");
            return doc;
        } catch (InputException bad) {
            return Problems.invalid(bad, fileName);
        }
    }
}
