package org.lantian.bench;

/**
 * The sizes of a benchmark run, from system properties ({@code -Dbench.readings=… -Dbench.stations=… -Dbench.trials=…};
 * Maven passes command-line properties on to the test JVM), with the full sizes of issue 16 as defaults.
 */
record BenchSizes(int readings, int stations, int trials) {

    static final int FULL_READINGS = 2_000_000;
    static final int FULL_STATIONS = 2_000;
    static final int FULL_TRIALS = 200;

    static BenchSizes fromSystemProperties() {
        return new BenchSizes(Integer.getInteger("bench.readings", FULL_READINGS),
                Integer.getInteger("bench.stations", FULL_STATIONS), Integer.getInteger("bench.trials", FULL_TRIALS));
    }

    /** Smaller than the full run: the report says so at its top. */
    boolean small() {
        return readings < FULL_READINGS || stations < FULL_STATIONS || trials < FULL_TRIALS;
    }
}
