package org.lantian.reduction.list;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The city of Linfen (141000) and its seventeen counties, GB/T 2260 codes, in the groups of domain.md §2. */
public final class LinfenCounties {

    /** 临汾市. */
    public static final String CITY_CODE = "141000";

    /** County groups named by the plan. */
    public enum Group {
        /** 平川七县. */
        PLAINS,
        /** 安泽·古县·乡宁. */
        ANZE_GUXIAN_XIANGNING,
        /** 山区七县. */
        MOUNTAIN
    }

    /** One county: code, full name, short name (used in demo names) and group. */
    public record County(String code, String name, String shortName, Group group) {
    }

    private static final Map<String, County> COUNTIES;

    static {
        Map<String, County> m = new LinkedHashMap<>();
        put(m, "141002", "尧都区", "尧都", Group.PLAINS);
        put(m, "141081", "侯马市", "侯马", Group.PLAINS);
        put(m, "141082", "霍州市", "霍州", Group.PLAINS);
        put(m, "141021", "曲沃县", "曲沃", Group.PLAINS);
        put(m, "141022", "翼城县", "翼城", Group.PLAINS);
        put(m, "141023", "襄汾县", "襄汾", Group.PLAINS);
        put(m, "141024", "洪洞县", "洪洞", Group.PLAINS);
        put(m, "141025", "古县", "古县", Group.ANZE_GUXIAN_XIANGNING);
        put(m, "141026", "安泽县", "安泽", Group.ANZE_GUXIAN_XIANGNING);
        put(m, "141029", "乡宁县", "乡宁", Group.ANZE_GUXIAN_XIANGNING);
        put(m, "141027", "浮山县", "浮山", Group.MOUNTAIN);
        put(m, "141028", "吉县", "吉县", Group.MOUNTAIN);
        put(m, "141030", "大宁县", "大宁", Group.MOUNTAIN);
        put(m, "141031", "隰县", "隰县", Group.MOUNTAIN);
        put(m, "141032", "永和县", "永和", Group.MOUNTAIN);
        put(m, "141033", "蒲县", "蒲县", Group.MOUNTAIN);
        put(m, "141034", "汾西县", "汾西", Group.MOUNTAIN);
        COUNTIES = Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, County> m, String code, String name, String shortName, Group group) {
        m.put(code, new County(code, name, shortName, group));
    }

    private LinfenCounties() {
    }

    /** All seventeen counties in the order of domain.md §2. */
    public static List<County> all() {
        return List.copyOf(COUNTIES.values());
    }

    /** The seventeen county codes, in the order of domain.md §2. */
    public static Set<String> codes() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(COUNTIES.keySet()));
    }

    public static boolean isCounty(String code) {
        return COUNTIES.containsKey(code);
    }

    public static Optional<County> county(String code) {
        return Optional.ofNullable(COUNTIES.get(code));
    }

    /**
     * Expands region codes to county codes: a county stands for itself, {@link #CITY_CODE} for all seventeen.
     *
     * @throws IllegalArgumentException for an empty set or a code that is neither
     */
    public static Set<String> expand(Set<String> regionCodes) {
        if (regionCodes == null || regionCodes.isEmpty()) {
            throw new IllegalArgumentException("at least one region code is required");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String code : regionCodes) {
            if (CITY_CODE.equals(code)) {
                out.addAll(COUNTIES.keySet());
            } else if (COUNTIES.containsKey(code)) {
                out.add(code);
            } else {
                throw new IllegalArgumentException("unknown region code '" + code + "' (expected 141000 or a Linfen county)");
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
