package io.orbitdc.core.verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * First-order variance-based sensitivity (Sobol' main effects) from one sample, by the
 * correlation ratio: for input i, sort the draws by x_i, cut them into B = ⌊√N⌋ bins of equal
 * count, and estimate S_i = Var(E[Y | x_i]) / Var(Y) as the between-bin variance of the bin means
 * over the total variance (ref: saltelli-2008 §1.2.3 and §5; the "given data" estimator of
 * plischke-2013). Under no effect the raw ratio is biased up by about (B − 1)/(N − 1); that is
 * subtracted and the result clipped at 0. All draws together, so inputs that act jointly share
 * nothing here: the shares sum to at most ~1, and 1 − Σ S_i is the interactions' part.
 */
public final class VarianceShares {

    /** The estimator, stated in the report. */
    public static final String ESTIMATOR = "first-order Sobol index S_i = Var(E[Y|X_i])/Var(Y), Y = orbit/ground"
            + " ratio, estimated by the correlation ratio over floor(sqrt(N)) equal-count bins of X_i, less the"
            + " no-effect bias (B-1)/(N-1)";

    private VarianceShares() {
    }

    /** One input's first-order share of the variance of Y. */
    public record Share(String input, double share) {
    }

    /** The shares of every input of {@code sample}, largest first (ties by name). */
    public static List<Share> of(Sample sample) {
        int n = sample.draws();
        double[] y = sample.ratio();
        double mean = Arrays.stream(y).sum() / n;
        double total = 0;
        for (double v : y) {
            total += (v - mean) * (v - mean);
        }
        total /= n;
        int bins = Math.max(2, (int) Math.floor(Math.sqrt(n)));
        double bias = (bins - 1.0) / (n - 1.0);
        List<Share> out = new ArrayList<>();
        for (int j = 0; j < sample.inputs().size(); j++) {
            double s = 0;
            if (total > 0) {
                final int col = j;
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, Comparator.comparingDouble((Integer i) -> sample.x()[i][col]).thenComparingInt(i -> i));
                double between = 0;
                for (int b = 0; b < bins; b++) {
                    int from = (int) ((long) b * n / bins);
                    int to = (int) ((long) (b + 1) * n / bins);
                    double m = 0;
                    for (int k = from; k < to; k++) {
                        m += y[order[k]];
                    }
                    m /= (to - from);
                    between += (to - from) * (m - mean) * (m - mean);
                }
                double eta2 = between / n / total;
                s = Math.max(0.0, (eta2 - bias) / (1.0 - bias));
            }
            out.add(new Share(sample.inputs().get(j), s));
        }
        out.sort(Comparator.comparingDouble(Share::share).reversed().thenComparing(Share::input));
        return out;
    }
}
