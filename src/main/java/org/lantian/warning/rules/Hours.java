package org.lantian.warning.rules;

import java.math.BigDecimal;

/** Formats hour counts without a trailing ".0" ("24", "1.5"). */
final class Hours {

    private Hours() {
    }

    static String format(double hours) {
        return BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
    }
}
