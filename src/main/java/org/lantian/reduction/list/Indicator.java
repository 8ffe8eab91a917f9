package org.lantian.reduction.list;

import java.util.Locale;
import java.util.Optional;

/**
 * What proves a measure is kept. {@link #contractName()} is the directive contract's name
 * ({@code ELECTRICITY, GAS, OUTPUT, STACK, GATE}); the CSV accepts either and exports the enum name.
 */
public enum Indicator {
    /** 分表计电: electricity use of the production line. */
    ELECTRICITY("ELECTRICITY"),
    GAS("GAS"),
    OUTPUT("OUTPUT"),
    /** Online monitoring of the stack (在线监控). */
    STACK_MONITORING("STACK"),
    /** Truck gate / video records. */
    GATE_RECORDS("GATE");

    private final String contractName;

    Indicator(String contractName) {
        this.contractName = contractName;
    }

    public String contractName() {
        return contractName;
    }

    public static Optional<Indicator> parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (Indicator i : values()) {
            if (i.name().equals(t) || i.contractName.equals(t)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
