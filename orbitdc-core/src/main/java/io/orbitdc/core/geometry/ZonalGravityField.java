package io.orbitdc.core.geometry;

import io.orbitdc.core.orbit.Earth;
import org.orekit.forces.gravity.potential.TideSystem;
import org.orekit.forces.gravity.potential.UnnormalizedSphericalHarmonicsProvider;
import org.orekit.time.AbsoluteDate;

/**
 * Zonal-only Earth gravity field J2–J6 (EIGEN-5C coefficients from Orekit's constants) as an
 * Orekit spherical-harmonics provider, so the numerical propagator can use
 * HolmesFeatherstoneAttractionModel without any gravity-field file. Tesseral and sectoral terms
 * are zero (their along-track effect in LEO is tens of metres per day — negligible for eclipse
 * and contact timing). ref: eigen-5c
 */
final class ZonalGravityField implements UnnormalizedSphericalHarmonicsProvider {

    private static final double[] C = {1.0, 0.0, Earth.C20, Earth.C30, Earth.C40,
        Earth.C50, Earth.C60};

    private final AbsoluteDate referenceDate;

    ZonalGravityField(AbsoluteDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    @Override
    public int getMaxDegree() {
        return 6;
    }

    @Override
    public int getMaxOrder() {
        return 0;
    }

    @Override
    public double getMu() {
        return Earth.MU;
    }

    @Override
    public double getAe() {
        return Earth.EQUATORIAL_RADIUS_M;
    }

    @Override
    public AbsoluteDate getReferenceDate() {
        return referenceDate;
    }

    @Override
    public TideSystem getTideSystem() {
        return TideSystem.UNKNOWN;
    }

    @Override
    public UnnormalizedSphericalHarmonics onDate(AbsoluteDate date) {
        return new UnnormalizedSphericalHarmonics() {
            @Override
            public AbsoluteDate getDate() {
                return date;
            }

            @Override
            public double getUnnormalizedCnm(int n, int m) {
                return m == 0 && n < C.length ? C[n] : 0.0;
            }

            @Override
            public double getUnnormalizedSnm(int n, int m) {
                return 0.0;
            }
        };
    }
}
