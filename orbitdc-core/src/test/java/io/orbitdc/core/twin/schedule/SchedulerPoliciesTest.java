package io.orbitdc.core.twin.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerPoliciesTest {
    @Test
    void serviceLoaderFindsTheShippedPoliciesAndAResearchersFourth() {
        SchedulerPolicies installed = SchedulerPolicies.installed();
        // HalfDutyPolicy is registered only in src/test/resources/META-INF/services, as a
        // researcher's jar would register it
        assertThat(installed.names()).containsExactly("greedy", "half-duty", "power-aware", "thermal-aware");
        assertThat(installed.require("half-duty")).isInstanceOf(HalfDutyPolicy.class);
        assertThat(installed.require("greedy")).isEqualTo(new GreedyPolicy());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> SchedulerPolicies.installed().require("lazy"))
                .hasMessageContaining("unknown scheduler policy 'lazy'")
                .hasMessageContaining("greedy, half-duty, power-aware, thermal-aware");
    }

    @Test
    void clashingOrMalformedNamesAreRefused() {
        SchedulerPolicy impostor = new SchedulerPolicy() {
            @Override
            public String name() {
                return "greedy";
            }

            @Override
            public double duty(SatelliteView view) {
                return 0.0;
            }
        };
        assertThatThrownBy(() -> SchedulerPolicies.of(List.of(new GreedyPolicy(), impostor)))
                .hasMessageContaining("two scheduler policies are named 'greedy'");
        SchedulerPolicy shouting = new SchedulerPolicy() {
            @Override
            public String name() {
                return "Greedy Policy";
            }

            @Override
            public double duty(SatelliteView view) {
                return 0.0;
            }
        };
        assertThatThrownBy(() -> SchedulerPolicies.of(List.of(shouting))).hasMessageContaining("lower-case words");
    }
}
