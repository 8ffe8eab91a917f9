package org.lantian.aqi;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** Per-computation scratch pad of sub-indices; not shared between threads. */
final class SubIndexSheet {

    private static final SubIndex[] KEYS = SubIndex.values();
    private static final int NONE = -1;
    private static final int POLLUTANT_COUNT = Pollutant.values().length;

    private final int[] iaqi = new int[KEYS.length];
    private boolean beyondTable;

    SubIndexSheet() {
        Arrays.fill(iaqi, NONE);
    }

    /** Two values for one key (a replacement landing on a computed sub-index) keep the larger. */
    void put(SubIndex key, int value) {
        iaqi[key.ordinal()] = Math.max(iaqi[key.ordinal()], value);
    }

    void putBeyondTable(SubIndex key, int reportedIaqi) {
        put(key, reportedIaqi);
        beyondTable = true;
    }

    boolean beyondTable() {
        return beyondTable;
    }

    boolean isEmpty() {
        return max() == NONE;
    }

    /** Largest sub-index, or -1 if there is none. */
    int max() {
        int max = NONE;
        for (int v : iaqi) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** Largest sub-index of each pollutant (O3 has two), indexed by {@link Pollutant#ordinal()}; -1 if none. */
    int[] byPollutant() {
        int[] max = new int[POLLUTANT_COUNT];
        Arrays.fill(max, NONE);
        for (SubIndex key : KEYS) {
            int p = key.pollutant().ordinal();
            max[p] = Math.max(max[p], iaqi[key.ordinal()]);
        }
        return max;
    }

    /** A fresh map; {@link AqiResult} copies it (cheaply, EnumMap to EnumMap) and makes it read-only. */
    Map<SubIndex, Integer> toMap() {
        EnumMap<SubIndex, Integer> map = new EnumMap<>(SubIndex.class);
        for (SubIndex key : KEYS) {
            if (iaqi[key.ordinal()] != NONE) {
                map.put(key, iaqi[key.ordinal()]);
            }
        }
        return map;
    }
}
