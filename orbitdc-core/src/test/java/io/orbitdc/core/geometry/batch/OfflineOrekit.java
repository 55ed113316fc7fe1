package io.orbitdc.core.geometry.batch;

import java.util.ArrayList;
import java.util.List;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.data.LazyLoadedDataContext;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.DateComponents;
import org.orekit.time.OffsetModel;
import org.orekit.time.TimeScale;

/**
 * An Orekit data context that needs no data files: UTC-TAI offsets are given in code, so these
 * tests do not depend on whichever data bundle the geometry package ships.
 */
final class OfflineOrekit {

    final LazyLoadedDataContext context = new LazyLoadedDataContext();
    final Frame eme2000;
    final TimeScale tai;
    final AnalyticalSolarPositionProvider sun;

    OfflineOrekit() {
        context.getTimeScales().addUTCTAIOffsetsLoader(OfflineOrekit::leapSeconds);
        eme2000 = context.getFrames().getEME2000();
        tai = context.getTimeScales().getTAI();
        sun = new AnalyticalSolarPositionProvider(context);
    }

    AbsoluteDate date(int year, int month, int day) {
        return new AbsoluteDate(year, month, day, 0, 0, 0.0, tai);
    }

    /** TAI - UTC since 1972 in whole seconds. ref: iers-bulletin-c (leap-second table) */
    private static List<OffsetModel> leapSeconds() {
        int[][] steps = {
            {1972, 1, 10}, {1972, 7, 11}, {1973, 1, 12}, {1974, 1, 13}, {1975, 1, 14}, {1976, 1, 15},
            {1977, 1, 16}, {1978, 1, 17}, {1979, 1, 18}, {1980, 1, 19}, {1981, 7, 20}, {1982, 7, 21},
            {1983, 7, 22}, {1985, 7, 23}, {1988, 1, 24}, {1990, 1, 25}, {1991, 1, 26}, {1992, 7, 27},
            {1993, 7, 28}, {1994, 7, 29}, {1996, 1, 30}, {1997, 7, 31}, {1999, 1, 32}, {2006, 1, 33},
            {2009, 1, 34}, {2012, 7, 35}, {2015, 7, 36}, {2017, 1, 37}};
        List<OffsetModel> list = new ArrayList<>();
        for (int[] s : steps) {
            list.add(new OffsetModel(new DateComponents(s[0], s[1], 1), s[2]));
        }
        return list;
    }
}
