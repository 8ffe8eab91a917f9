package org.lantian.reduction.list;

import java.math.BigDecimal;

/** Number formatting shared by export and messages: the shortest decimal that reads back as the same double. */
final class CsvFormatting {

    private CsvFormatting() {
    }

    static String number(double d) {
        if (d == 0) {
            return "0";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static String number(Double d) {
        return d == null ? "" : number(d.doubleValue());
    }
}
