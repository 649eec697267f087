package dk.plenum.bench;

import java.util.Arrays;

/** Median, 99th percentile and maximum of a sample, in the sample's unit (nearest-rank). */
record Percentiles(int count, double median, double p99, double max) {

    static Percentiles of(double[] sample) {
        if (sample.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double rank(double[] sorted, int percent) {
        return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    @Override
    public String toString() {
        return "%.0f / %.0f / %.0f ms".formatted(median, p99, max);
    }
}
