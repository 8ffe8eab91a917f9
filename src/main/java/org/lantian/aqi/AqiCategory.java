package org.lantian.aqi;

/** AQI category (HJ 633 Table 2), identical in 2012 and 2026. */
public enum AqiCategory {
    EXCELLENT(1, "优", "Excellent", "green", "#00E400", 0, 50),
    GOOD(2, "良", "Good", "yellow", "#FFFF00", 51, 100),
    LIGHTLY_POLLUTED(3, "轻度污染", "Lightly polluted", "orange", "#FF7E00", 101, 150),
    MODERATELY_POLLUTED(4, "中度污染", "Moderately polluted", "red", "#FF0000", 151, 200),
    HEAVILY_POLLUTED(5, "重度污染", "Heavily polluted", "purple", "#99004C", 201, 300),
    SEVERELY_POLLUTED(6, "严重污染", "Severely polluted", "maroon", "#7E0023", 301, Integer.MAX_VALUE);

    private static final AqiCategory[] VALUES = values();

    private final int level;
    private final String chineseName;
    private final String englishName;
    private final String colorName;
    private final String color;
    private final int minAqi;
    private final int maxAqi;

    AqiCategory(int level, String chineseName, String englishName, String colorName, String color,
                int minAqi, int maxAqi) {
        this.level = level;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.colorName = colorName;
        this.color = color;
        this.minAqi = minAqi;
        this.maxAqi = maxAqi;
    }

    /** The category of an AQI value (AQI is an integer, so 50 is 优 and 51 is 良). */
    public static AqiCategory of(int aqi) {
        if (aqi < 0) {
            throw new IllegalArgumentException("aqi must not be negative: " + aqi);
        }
        for (AqiCategory category : VALUES) {
            if (aqi <= category.maxAqi) {
                return category;
            }
        }
        throw new AssertionError("unreachable: the last category is open-ended");
    }

    /** Level 1 (优) to 6 (严重污染). */
    public int level() {
        return level;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    public String colorName() {
        return colorName;
    }

    /** RGB colour as "#RRGGBB". */
    public String color() {
        return color;
    }

    public int minAqi() {
        return minAqi;
    }

    /** Upper bound, inclusive; {@link Integer#MAX_VALUE} for the open-ended last category. */
    public int maxAqi() {
        return maxAqi;
    }
}
