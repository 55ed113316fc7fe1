package io.orbitdc.core.twin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.orbitdc.core.sizing.PowerSystem;
import org.junit.jupiter.api.Test;

class PowerChainTest {
    @Test
    void arrayOutputFollowsTheSizingFactors() {
        // hand calculation: 1360.8 × 0.298 × 0.9 × 0.77 = 281.02 W/m²; × 10 m² × cos 60° × 0.5 lit
        // × (1 − 0.0018)^1 yr × (1 − 0.002 × 22 K) (ref: smad-1999 §11.4), tolerance 1e-9 relative
        ArrayPowerModel array = new ArrayPowerModel(TwinFixtures.arraySpec(), 10.0);
        double expected = 1360.8 * 0.298 * 0.9 * 0.77 * 10.0 * 0.5 * 0.5 * (1 - 0.0018) * (1 - 0.002 * 22.0);
        assertThat(array.outputW(0.5, 0.5, 365.25 * 86400.0)).isCloseTo(expected, within(expected * 1e-9));
        assertThat(array.outputW(1.0, 0.0, 0.0)).isZero();
    }

    @Test
    void overAnOrbitTheChainLosesWhatTheSizingChargedToThePowerChain() {
        // The sizing's P_sa = (P·T_e/X_e + P·T_d/X_d)/T_d with the MPPT battery bus (X_d = 0.931,
        // X_e = 0.931·0.97·0.97) and the twin's chain built from the same values (η_reg = X_d, η_d = 0.97,
        // η_c = X_e/(X_d·η_d)): one orbit from a full battery (eclipse, then daylight at exactly P_sa) refills the
        // battery exactly, curtails nothing and loses P_sa·T_d − P·T = the sizing's conversion loss × T_d
        // (energy conservation; tolerance 1e-9 relative, rounding over 184 steps)
        PowerSystem ps = PowerSystem.mpptBatteryBus(0.97, 0.97);
        double load = 10_000.0;
        double te = 36 * 60.0;
        double td = 56 * 60.0;
        double arrayW = ps.requiredArrayPowerW(load, te, load, td);
        double etaD = 0.97;
        double etaC = ps.eclipsePathEfficiency() / (ps.daylightPathEfficiency() * etaD);
        PowerChain chain = new PowerChain(ps.daylightPathEfficiency(),
                new BatteryParameters(1e9, etaC, etaD, 1e6, 1e6, 0.0, 1.0));
        double dt = 30.0;
        for (int i = 0; i < te / dt; i++) {
            chain.step(0.0, new LoadDemand(load, 0.0, 0.0), dt);
        }
        for (int i = 0; i < td / dt; i++) {
            chain.step(arrayW, new LoadDemand(load, 0.0, 0.0), dt);
        }
        double sizingLossJ = ps.conversionLossW(load, te, load, td) * td;
        assertThat(chain.ledger().lossesJ()).isCloseTo(sizingLossJ, within(1e-9 * sizingLossJ));
        assertThat(chain.ledger().curtailedJ()).isLessThan(1e-9 * arrayW * td);
        assertThat(chain.battery().soc()).isCloseTo(1.0, within(1e-9));
        assertThat(chain.ledger().shedJ()).isZero();
    }

    @Test
    void shortfallShedsComputeBeforeThermalControlBeforeBus() {
        LoadDemand demand = new LoadDemand(500.0, 100.0, 4000.0);
        assertThat(LoadShedding.allocate(550.0, demand)).isEqualTo(new LoadDemand(500.0, 50.0, 0.0));
        assertThat(LoadShedding.allocate(1600.0, demand)).isEqualTo(new LoadDemand(500.0, 100.0, 1000.0));
        assertThat(LoadShedding.allocate(9000.0, demand)).isEqualTo(demand);
    }

    @Test
    void fullBatteryCurtailsTheSurplus() {
        PowerChain chain = new PowerChain(0.8, new BatteryParameters(1e6, 0.9, 0.9, 1e4, 1e4, 0.2, 1.0));
        chain.step(1000.0, new LoadDemand(400.0, 0.0, 0.0), 10.0);
        // array 1000 W → 800 W at the bus; loads take 400; battery full → (800 − 400)/0.8 = 500 W curtailed
        assertThat(chain.ledger().curtailedJ()).isCloseTo(5000.0, within(1e-9));
        assertThat(chain.ledger().lossesJ()).isCloseTo(1000.0, within(1e-9));
        assertThat(chain.ledger().relativeImbalance()).isLessThan(1e-12);
    }

    @Test
    void batteryStopsAtItsMinimumStateOfCharge() {
        PowerChain chain = new PowerChain(0.9, new BatteryParameters(1e5, 0.95, 0.95, 1e4, 1e4, 0.3, 1.0));
        for (int i = 0; i < 100; i++) {
            chain.step(0.0, new LoadDemand(100.0, 50.0, 1000.0), 30.0);
        }
        assertThat(chain.battery().soc()).isCloseTo(0.3, within(1e-12));
        assertThat(chain.minSoc()).isCloseTo(0.3, within(1e-12));
        // deliverable energy 0.7 × 1e5 × 0.95 = 66.5 kJ against 3.45 MJ asked: the rest is shed
        assertThat(chain.ledger().shedJ()).isCloseTo(100 * 1150.0 * 30.0 - 66_500.0, within(1e-6));
    }

    @Test
    void chargeRateLimitCurtailsTheRest() {
        PowerChain chain = new PowerChain(1.0, new BatteryParameters(1e7, 1.0, 1.0, 200.0, 1e4, 0.0, 0.5));
        chain.step(1000.0, new LoadDemand(300.0, 0.0, 0.0), 1.0);
        assertThat(chain.battery().storedJ()).isCloseTo(5e6 + 200.0, within(1e-6));
        assertThat(chain.ledger().curtailedJ()).isCloseTo(500.0, within(1e-9));
    }

    @Test
    void badInputsAreReportedPlainly() {
        assertThatThrownBy(() -> new BatteryParameters(1e6, 0.9, 0.9, 1e3, 1e3, 0.5, 0.2))
                .isInstanceOf(TwinInputException.class)
                .hasMessageContaining("battery initial state of charge must be in [0.5, 1.0], found 0.2");
        assertThatThrownBy(() -> new LoadDemand(-1.0, 0.0, 0.0)).hasMessageContaining("bus load (W) must be >= 0");
        PowerChain chain = new PowerChain(0.9, TwinFixtures.battery(1e6));
        assertThatThrownBy(() -> chain.step(Double.NaN, new LoadDemand(1, 1, 1), 1.0))
                .hasMessageContaining("array output (W) must be a finite number, found NaN");
    }
}
