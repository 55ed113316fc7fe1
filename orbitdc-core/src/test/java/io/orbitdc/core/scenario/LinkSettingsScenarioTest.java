package io.orbitdc.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.links.DownlinkTerminal;
import io.orbitdc.core.links.OpticalTerminal;
import io.orbitdc.core.study.ShippedCatalogs;
import io.orbitdc.core.scenario.schema.DefaultsWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The links: section: optical terminal and downlink fields, their defaults and their errors. */
class LinkSettingsScenarioTest {

    private final ScenarioLoader loader = new ScenarioLoader(ShippedCatalogs.load());

    private Scenario parse(String yaml) {
        return loader.parse("links.yaml", yaml, Path.of("."));
    }

    private List<String> errors(String yaml) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> parse(yaml));
        assertThat(e).as("expected validation errors").isNotNull();
        return e.errors().stream().map(ScenarioError::toString).toList();
    }

    /** Field by field, doubles to 1e-12 relative (unit parsing of "1550 nm" rounds in the last bit). */
    private static void assertSame(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType((a, b) -> Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)) ? 0 : Double.compare(a, b),
                        Double.class)
                .isEqualTo(expected);
    }

    @Test
    void withoutALinksSectionTheModelDefaultsApply() {
        LinkSettings l = parse("orbitdc: 1\norbit: { altitude: 650 km }\n").links();
        assertThat(l.rangeM()).isEqualTo(1_000_000.0);
        assertSame(l.optical(), OpticalTerminal.suncatcherLike());
        assertSame(l.downlink(), DownlinkTerminal.xBandDefault());
    }

    @Test
    void theDefaultsListingShowsTheLinkFieldsAndReadsBackToTheModelDefaults() {
        String listing = DefaultsWriter.write();
        assertThat(listing).contains("optical:", "photonsPerBit: 1000", "channelRate: 100 Gbps", "downlink:", "gOverT: 31",
                "frequency: 8.2 GHz", "# fixedRate:");
        LinkSettings l = parse(listing).links();
        assertSame(l.optical(), OpticalTerminal.suncatcherLike());
        assertSame(l.downlink(), DownlinkTerminal.xBandDefault());
    }

    @Test
    void terminalAndDownlinkFieldsAreReadInSi() {
        LinkSettings l = parse("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                links:
                  range: 5 km
                  optical: { transmitPower: 1 W, aperture: 5 cm, receiveAperture: 20 cm, wavelength: 1064 nm,
                             photonsPerBit: 40, pointingLoss: 1.5, channels: 16, channelRate: 400 Gbps }
                  downlink: { eirp: 20, gOverT: 35.5, frequency: 26 GHz, losses: 4, requiredEbN0: -1, margin: 2,
                              modemRate: 3 Gbps, fixedRate: 1.2 Gbps }
                """).links();
        OpticalTerminal o = l.optical();
        assertThat(l.rangeM()).isEqualTo(5000.0);
        assertThat(o.transmitPowerW()).isEqualTo(1.0);
        assertThat(o.transmitApertureM()).isCloseTo(0.05, within(1e-15));
        assertThat(o.receiveApertureM()).isCloseTo(0.20, within(1e-15));
        assertThat(o.wavelengthM()).isCloseTo(1064e-9, within(1e-18));
        assertThat(o.photonsPerBit()).isEqualTo(40.0);
        assertThat(o.pointingLossDb()).isEqualTo(1.5);
        assertThat(o.opticsLossDb()).isEqualTo(3.0);
        assertThat(o.lineRateBps()).isEqualTo(16 * 400e9);
        DownlinkTerminal d = l.downlink();
        assertThat(d.eirpDbw()).isEqualTo(20.0);
        assertThat(d.gOverTDbPerK()).isEqualTo(35.5);
        assertThat(d.frequencyHz()).isEqualTo(26e9);
        assertThat(d.requiredEbN0Db()).isEqualTo(-1.0);
        assertThat(d.modemRateBps()).isEqualTo(3e9);
        assertThat(d.fixedRateBps()).hasValue(1.2e9);
    }

    @Test
    void impossibleLinkValuesAreReportedAtTheirLineWithTheReason() {
        List<String> errs = errors("""
                orbitdc: 1
                orbit: { altitude: 650 km }
                links:
                  optical:
                    transmitPower: -2 W
                    wavelength: 2 m
                    channels: 0
                    aperturee: 10 cm
                  downlink:
                    requiredEbN0: -3
                    frequency: 8.2 km
                    fixedRate: 0 bps
                """);
        assertThat(errs).anySatisfy(e -> assertThat(e).startsWith("links.yaml:5:").contains("links.optical.transmitPower"));
        assertThat(errs).anySatisfy(e -> assertThat(e).startsWith("links.yaml:6:").contains("links.optical.wavelength"));
        assertThat(errs).anySatisfy(e -> assertThat(e).startsWith("links.yaml:7:").contains("links.optical.channels"));
        assertThat(errs).anySatisfy(e -> assertThat(e).startsWith("links.yaml:8:").contains("did you mean 'aperture'"));
        assertThat(errs).anySatisfy(e -> assertThat(e).startsWith("links.yaml:10:").contains("links.downlink.requiredEbN0")
                .contains("Shannon"));
        assertThat(errs).anySatisfy(e -> assertThat(e).startsWith("links.yaml:11:").contains("links.downlink.frequency"));
        assertThat(errs).anySatisfy(e -> assertThat(e).startsWith("links.yaml:12:").contains("links.downlink.fixedRate"));
    }
}
