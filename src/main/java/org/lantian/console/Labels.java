package org.lantian.console;

import java.util.Locale;
import java.util.Map;

import org.lantian.aqi.AqiCategory;

/** Names of levels and AQI categories in the console's two languages, and their colours. */
final class Labels {

    private static final Map<String, String[]> LEVELS = Map.of(
            "NONE", new String[] {"无预警", "No warning", "#d9d9d9"},
            "BLUE", new String[] {"蓝色预警", "Blue", "#1e63d6"},
            "YELLOW", new String[] {"黄色预警", "Yellow", "#f2c200"},
            "ORANGE", new String[] {"橙色预警", "Orange", "#ff7e00"},
            "RED", new String[] {"红色预警", "Red", "#e00000"});

    private Labels() {
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    static String level(String level, Locale locale) {
        String[] names = LEVELS.getOrDefault(level == null ? "NONE" : level, LEVELS.get("NONE"));
        return english(locale) ? names[1] : names[0];
    }

    static String levelColor(String level) {
        return LEVELS.getOrDefault(level == null ? "NONE" : level, LEVELS.get("NONE"))[2];
    }

    static String category(AqiCategory category, Locale locale) {
        return english(locale) ? category.englishName() : category.chineseName();
    }
}
