package io.orbitdc.core.geometry;

import io.orbitdc.core.files.AtomicOutput;
import java.nio.file.Path;
import java.time.Instant;
import org.orekit.files.ccsds.definitions.BodyFacade;
import org.orekit.files.ccsds.definitions.FrameFacade;
import org.orekit.files.ccsds.definitions.TimeSystem;
import org.orekit.files.ccsds.ndm.WriterBuilder;
import org.orekit.files.ccsds.ndm.odm.OdmHeader;
import org.orekit.files.ccsds.ndm.odm.oem.InterpolationMethod;
import org.orekit.files.ccsds.ndm.odm.oem.OemMetadata;
import org.orekit.files.ccsds.ndm.odm.oem.OemWriter;
import org.orekit.files.ccsds.ndm.odm.oem.StreamingOemWriter;
import org.orekit.files.ccsds.utils.generation.KvnGenerator;
import org.orekit.propagation.Propagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;

/**
 * CCSDS Orbit Ephemeris Message (KVN) of one satellite, sampled at a fixed step in GCRF/UTC and
 * streamed to the file by Orekit's {@link StreamingOemWriter} as the propagator steps (nothing is
 * held in memory). Versions 1.0 and 2.0 carry position and velocity only (CCSDS 502.0-B-1/-2: readers
 * such as STK 11 and GMAT expect that); 3.0 adds accelerations (CCSDS 502.0-B-3). The header asks
 * readers for Lagrange interpolation of degree {@link #INTERPOLATION_DEGREE}, accurate to well
 * under a metre at the default step {@link #DEFAULT_STEP_S} in LEO (docs/models/czml-export.md).
 * ref: orekit-13 (files.ccsds), ccsds-502-oem.
 */
public final class OemExport {

    /** Default sample step, s: ~20 samples per LEO revolution. */
    public static final double DEFAULT_STEP_S = 300.0;
    /** Lagrange degree written in the metadata (INTERPOLATION_DEGREE). */
    public static final int INTERPOLATION_DEGREE = 9;

    private final OrekitDataSetup data;

    public OemExport(OrekitDataSetup data) {
        this.data = data;
    }

    /**
     * Writes {@code file} atomically in format version 3.0. {@code created} is the CREATION_DATE
     * (pass a fixed instant for reproducible files).
     */
    public void write(Path file, Satellite sat, Propagator propagator, Instant start, Instant end, double stepS,
            Instant created) {
        write(file, sat, propagator, start, end, stepS, created, 3);
    }

    /**
     * Writes {@code file} atomically in CCSDS OEM format {@code version} (1, 2 or 3), sampled every
     * {@code stepS} from {@code start} to {@code end}; {@code created} is the CREATION_DATE.
     */
    public void write(Path file, Satellite sat, Propagator propagator, Instant start, Instant end, double stepS,
            Instant created, int version) {
        if (!(stepS > 0) || !end.isAfter(start)) {
            throw new IllegalArgumentException("OEM export needs step > 0 and end after start; got step " + stepS + " s, "
                    + start + " .. " + end);
        }
        if (version < 1 || version > 3) {
            throw new IllegalArgumentException("OEM version: found " + version + "; expected 1, 2 or 3");
        }
        AbsoluteDate t0 = data.date(start);
        AbsoluteDate t1 = data.date(end);
        CcsdsContext ccsds = new CcsdsContext(data);
        OemWriter writer = new WriterBuilder(ccsds).buildOemWriter();
        OdmHeader header = new OdmHeader();
        header.setFormatVersion(version);
        header.setOriginator("orbitdc");
        header.setCreationDate(data.date(created));
        OemMetadata meta = new OemMetadata(INTERPOLATION_DEGREE);
        meta.setObjectName(sat.id());
        meta.setObjectID(sat.id());
        // the Earth of the small body loader: the writer resolves the frame through it, no JPL data needed
        meta.setCenter(new BodyFacade("EARTH", ccsds.getCelestialBodies().getEarth()));
        meta.setReferenceFrame(FrameFacade.map(data.inertialFrame()));
        meta.setTimeSystem(TimeSystem.UTC);
        meta.setStartTime(t0);
        meta.setStopTime(t1);
        meta.setInterpolationMethod(InterpolationMethod.LAGRANGE);
        meta.setInterpolationDegree(INTERPOLATION_DEGREE);
        boolean accelerations = version >= 3;
        AtomicOutput.write(file, out -> {
            KvnGenerator gen = new KvnGenerator(out, OemWriter.KVN_PADDING_WIDTH, file.getFileName().toString(),
                    Constants.JULIAN_DAY, 0);
            try (StreamingOemWriter sw = new StreamingOemWriter(gen, writer, header, meta, false, accelerations)) {
                propagator.clearStepHandlers();
                propagator.setStepHandler(stepS, sw.newSegment());
                propagator.propagate(t0, t1);
                propagator.clearStepHandlers();
            }
        });
    }
}
