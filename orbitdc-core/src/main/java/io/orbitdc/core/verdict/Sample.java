package io.orbitdc.core.verdict;

import java.util.List;

/**
 * A sample of the uncertain inputs and the answer at each draw: what the verdict's bands,
 * probability and drivers are read from, whoever drew it (the verdict's own Latin hypercube, or a
 * sweep's results).
 *
 * @param inputs      the varied inputs' names, one per column of {@code x}
 * @param x           {@code x[draw][input]}: the input values drawn
 * @param ratio       orbit/ground cost per GPU-hour at each draw
 * @param spaceUsdPerGpuHour  orbit $ per GPU-hour at each draw
 * @param groundUsdPerGpuHour ground $ per GPU-hour at each draw
 * @param spaceUsdPerMwh      orbit $ per MWh of IT energy at each draw
 * @param groundUsdPerMwh     ground $ per MWh of IT energy at each draw
 * @param method      how it was drawn (for the report)
 */
public record Sample(List<String> inputs, double[][] x, double[] ratio, double[] spaceUsdPerGpuHour,
                     double[] groundUsdPerGpuHour, double[] spaceUsdPerMwh, double[] groundUsdPerMwh,
                     String method) {
    public Sample {
        inputs = List.copyOf(inputs);
        if (x.length != ratio.length || ratio.length != spaceUsdPerGpuHour.length
                || ratio.length != groundUsdPerGpuHour.length || ratio.length != spaceUsdPerMwh.length
                || ratio.length != groundUsdPerMwh.length || ratio.length < 2) {
            throw new IllegalArgumentException("a sample needs at least 2 draws and one answer per draw");
        }
    }

    public int draws() {
        return ratio.length;
    }
}
