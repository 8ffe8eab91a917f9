package org.lantian.reduction.list;

import java.util.regex.Pattern;

/** Unified social credit codes (统一社会信用代码, GB 32100): shape, county part and check character. */
public final class CreditCodes {

    /** The shape the contract requires (contract.md, {@code enterpriseId}). */
    public static final Pattern PATTERN = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$");

    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }

    /** Characters 3–8: the administrative code of the registering authority. */
    public static String regionPart(String code) {
        return code.substring(2, 8);
    }

    /**
     * The GB 32100 check character for the first 17 characters. The importer does not require it (real lists
     * carry codes as registered); the demo generator produces codes whose 18th character is this one.
     */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARS.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character '" + first17.charAt(i) + "' is not allowed");
            }
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARS.charAt(c == 31 ? 0 : c);
    }

    public static boolean hasValidCheckCharacter(String code) {
        return isWellFormed(code) && checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }
}
