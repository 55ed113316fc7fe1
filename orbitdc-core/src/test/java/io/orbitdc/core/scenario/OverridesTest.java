package io.orbitdc.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orbitdc.core.InputException;
import io.orbitdc.core.study.ShippedCatalogs;
import io.orbitdc.core.study.Study;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** {@code --set PATH=VALUE}: the same value, units and errors as the file. */
class OverridesTest {

    private static final Path SUNCATCHER = Path.of("..", "scenarios", "suncatcher-like.yaml");
    private static final ScenarioCatalogs CATALOGS = ShippedCatalogs.load();

    private static String text() {
        try {
            return Files.readString(SUNCATCHER);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Study fromText(String text) {
        return Study.of(new ScenarioLoader(CATALOGS).parse("s.yaml", text, SUNCATCHER.toAbsolutePath().getParent()), CATALOGS);
    }

    private static Study withSet(Overrides o) {
        ScenarioDocument doc = ScenarioLoader.document("s.yaml", text(), SUNCATCHER.toAbsolutePath().getParent());
        return Study.of(doc, CATALOGS, o);
    }

    /** The property the brief asks for: --set p=v gives the same cost and sizing as v written into the file. */
    @Property(tries = 25)
    void setEqualsWritingTheValueIntoTheFile(@ForAll @DoubleRange(min = 20, max = 5000) double priceUsdPerKg,
            @ForAll @DoubleRange(min = 0, max = 90) double radiatorC) {
        String price = String.format(Locale.ROOT, "%.3f USD/kg", priceUsdPerKg);
        String temp = String.format(Locale.ROOT, "%.2f C", radiatorC);
        String written = text().replace("  objective: cost\n", "  objective: cost\n  pricePerKg: " + price + "\n")
                .replace("temperature: 45 C", "temperature: " + temp);
        assertThat(written).contains(price).contains(temp);
        Study file = fromText(written);
        Study set = withSet(Overrides.parse(List.of("launch.pricePerKg=" + price, "satellite.radiator.temperature=" + temp)));
        assertThat(set.cost().comparison().spaceToGroundRatio()).isEqualTo(file.cost().comparison().spaceToGroundRatio());
        // the scenarios differ only in where each value was written (file line vs --set)
        assertThat(set.scenario().satellite()).isEqualTo(file.scenario().satellite());
        assertThat(set.scenario().launch()).isEqualTo(file.scenario().launch());
        assertThat(set.size().shells().get(0).result().mass().totalKg())
                .isEqualTo(file.size().shells().get(0).result().mass().totalKg());
    }

    @Test
    void createsMissingMappingsAndIndexesLists() {
        Study s = withSet(Overrides.none().with("economics.terrestrial.pue", "1.4").with("workloads[1].requestsPerSecond", "20"));
        Study file = fromText(text().replace("terrestrial: { site: stargate-abilene }", "terrestrial: { site: stargate-abilene, pue: 1.4 }")
                .replace("requestsPerSecond: 10", "requestsPerSecond: 20"));
        assertThat(s.cost().comparison().spaceToGroundRatio()).isEqualTo(file.cost().comparison().spaceToGroundRatio());
    }

    @Test
    void laterOverrideOfTheSamePathWins() {
        Study twice = withSet(Overrides.parse(List.of("launch.pricePerKg=100 USD/kg", "launch.pricePerKg=300 USD/kg")));
        Study once = withSet(Overrides.parse(List.of("launch.pricePerKg=300 USD/kg")));
        assertThat(twice.cost().comparison().spaceToGroundRatio()).isEqualTo(once.cost().comparison().spaceToGroundRatio());
    }

    @Test
    void badValueNamesTheOverrideAndWhatWasExpected() {
        assertThatThrownBy(() -> withSet(Overrides.parse(List.of("launch.pricePerKg=abc"))))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("--set launch.pricePerKg: 'abc'")
                .hasMessageContaining("expected");
    }

    @Test
    void unknownFieldGetsDidYouMean() {
        assertThatThrownBy(() -> withSet(Overrides.parse(List.of("satellite.radiator.temprature=60 C"))))
                .hasMessage("--set satellite.radiator.temprature: unknown field; did you mean 'temperature'?");
    }

    @Test
    void unreachablePathsAreLocatedAtTheOverride() {
        assertThatThrownBy(() -> withSet(Overrides.parse(List.of("workloads[7].type=training"))))
                .hasMessageStartingWith("--set workloads[7].type: 'workloads' has 2 element(s)");
        assertThatThrownBy(() -> withSet(Overrides.parse(List.of("seed.x=1"))))
                .hasMessageStartingWith("--set seed.x: 'seed' is '42'");
    }

    @Test
    void malformedAssignmentsAreBadInput() {
        assertThatThrownBy(() -> Overrides.parse(List.of("launch.pricePerKg"))).isInstanceOf(InputException.class)
                .hasMessageStartingWith("--set launch.pricePerKg: found no '='");
        assertThatThrownBy(() -> Overrides.parse(List.of("launch..x=1"))).isInstanceOf(InputException.class)
                .hasMessageContaining("malformed part");
    }

    @Test
    void theTreeGivenIsNotChanged() {
        ScenarioDocument doc = ScenarioLoader.document("s.yaml", text(), SUNCATCHER.toAbsolutePath().getParent());
        Overrides.parse(List.of("launch.pricePerKg=1 USD/kg")).applyTo(doc.root());
        assertThat(Study.of(doc, CATALOGS, Overrides.none()).cost().comparison().spaceToGroundRatio())
                .isEqualTo(fromText(text()).cost().comparison().spaceToGroundRatio());
    }
}
