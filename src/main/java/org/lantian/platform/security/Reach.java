package org.lantian.platform.security;

import java.util.Arrays;

/** How far a role reaches on one endpoint: a cell of the scope table (docs/security.md). */
public enum Reach {
    NONE("—"),
    OWN_ENTERPRISE("own"),
    OWN_COUNTY("own county"),
    ALL("all");

    private final String cell;

    Reach(String cell) {
        this.cell = cell;
    }

    public String cell() {
        return cell;
    }

    static Reach ofCell(String text) {
        return Arrays.stream(values()).filter(r -> r.cell.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scope cell '" + text + "' (one of —, own, own county, all)"));
    }

    /** The wider of two; the order of declaration is the order of width. */
    Reach widest(Reach other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
