package io.orbitdc.bench;

import java.util.List;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.data.LazyLoadedDataContext;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.DateComponents;
import org.orekit.time.OffsetModel;

/**
 * Orekit's analytical Sun and the EME2000 frame from a data context that needs no files. The
 * benchmarks run in 2026, after the last leap second, so the only UTC-TAI offset needed is the
 * 37 s in force since 2017-01-01 (ref: iers-bulletin-c); earlier dates would be wrong by design.
 */
final class OfflineSun {

    final Frame eme2000;
    final AnalyticalSolarPositionProvider sun;
    final AbsoluteDate epoch;

    OfflineSun() {
        LazyLoadedDataContext context = new LazyLoadedDataContext();
        context.getTimeScales().addUTCTAIOffsetsLoader(
                () -> List.of(new OffsetModel(new DateComponents(2017, 1, 1), 37)));
        eme2000 = context.getFrames().getEME2000();
        sun = new AnalyticalSolarPositionProvider(context);
        epoch = new AbsoluteDate(2026, 3, 20, 0, 0, 0.0, context.getTimeScales().getTAI());
    }
}
