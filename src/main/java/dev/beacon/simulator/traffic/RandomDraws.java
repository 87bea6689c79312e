package dev.beacon.simulator.traffic;

import java.util.Random;

/** The distributions the simulation draws from. */
final class RandomDraws {

    private RandomDraws() {
    }

    /** Log-normal around a median: {@code median · e^(σ·N(0,1))}. */
    static double logNormal(Random random, double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    static int logNormalInt(Random random, double median, double sigma, int min, int max) {
        long value = Math.round(logNormal(random, median, sigma));
        return (int) Math.max(min, Math.min(max, value));
    }

    /** How many events of a Poisson process with this mean happen. */
    static int poisson(Random random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    static double exponential(Random random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    static double between(Random random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }
}
