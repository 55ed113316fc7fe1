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
 * CCSDS Orbit Ephemeris Message (KVN) of one satellite, sampled at a fixed step in GCRF/UTC with
 * Orekit's streaming OEM writer. ref: orekit-13 (files.ccsds), CCSDS 502.0-B-3.
 */
public final class OemExport {

    private final OrekitDataSetup data;

    public OemExport(OrekitDataSetup data) {
        this.data = data;
    }

    /**
     * Writes {@code file} atomically. {@code created} is the CREATION_DATE (pass a fixed instant
     * for reproducible files).
     */
    public void write(Path file, Satellite sat, Propagator propagator, Instant start, Instant end, double stepS,
            Instant created) {
        if (!(stepS > 0) || !end.isAfter(start)) {
            throw new IllegalArgumentException("OEM export needs step > 0 and end after start; got step " + stepS + " s, "
                    + start + " .. " + end);
        }
        AbsoluteDate t0 = data.date(start);
        AbsoluteDate t1 = data.date(end);
        OemWriter writer = new WriterBuilder(data.context()).buildOemWriter();
        OdmHeader header = new OdmHeader();
        header.setFormatVersion(OemWriter.CCSDS_OEM_VERS);
        header.setOriginator("orbitdc");
        header.setCreationDate(data.date(created));
        OemMetadata meta = new OemMetadata(7);
        meta.setObjectName(sat.id());
        meta.setObjectID(sat.id());
        // Name-only facade: the writer needs the centre's name, not its ephemeris (no JPL data needed).
        meta.setCenter(new BodyFacade("EARTH", null));
        meta.setReferenceFrame(FrameFacade.map(data.inertialFrame()));
        meta.setTimeSystem(TimeSystem.UTC);
        meta.setStartTime(t0);
        meta.setStopTime(t1);
        meta.setInterpolationMethod(InterpolationMethod.LAGRANGE);
        meta.setInterpolationDegree(7);
        AtomicOutput.write(file, out -> {
            KvnGenerator gen = new KvnGenerator(out, OemWriter.KVN_PADDING_WIDTH, file.getFileName().toString(),
                    Constants.JULIAN_DAY, 0);
            try (StreamingOemWriter sw = new StreamingOemWriter(gen, writer, header, meta)) {
                propagator.clearStepHandlers();
                propagator.setStepHandler(stepS, sw.newSegment());
                propagator.propagate(t0, t1);
                propagator.clearStepHandlers();
            }
        });
    }
}
