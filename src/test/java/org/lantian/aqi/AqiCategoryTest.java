package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Categories by AQI, at every boundary, with their level, names and colour. */
class AqiCategoryTest {

    @ParameterizedTest(name = "AQI {0} -> {1}")
    @CsvSource({
            "0, EXCELLENT, 1, 优, Excellent, #00E400",
            "50, EXCELLENT, 1, 优, Excellent, #00E400",
            "51, GOOD, 2, 良, Good, #FFFF00",
            "100, GOOD, 2, 良, Good, #FFFF00",
            "101, LIGHTLY_POLLUTED, 3, 轻度污染, Lightly polluted, #FF7E00",
            "150, LIGHTLY_POLLUTED, 3, 轻度污染, Lightly polluted, #FF7E00",
            "151, MODERATELY_POLLUTED, 4, 中度污染, Moderately polluted, #FF0000",
            "200, MODERATELY_POLLUTED, 4, 中度污染, Moderately polluted, #FF0000",
            "201, HEAVILY_POLLUTED, 5, 重度污染, Heavily polluted, #99004C",
            "300, HEAVILY_POLLUTED, 5, 重度污染, Heavily polluted, #99004C",
            "301, SEVERELY_POLLUTED, 6, 严重污染, Severely polluted, #7E0023",
            "500, SEVERELY_POLLUTED, 6, 严重污染, Severely polluted, #7E0023"})
    void categoryAtBoundary(int aqi, AqiCategory expected, int level, String chinese, String english, String color) {
        AqiCategory category = AqiCategory.of(aqi);

        assertThat(category).isEqualTo(expected);
        assertThat(category.level()).isEqualTo(level);
        assertThat(category.chineseName()).isEqualTo(chinese);
        assertThat(category.englishName()).isEqualTo(english);
        assertThat(category.color()).isEqualTo(color);
    }

    @ParameterizedTest(name = "2012 DAILY PM2.5 {0} -> AQI {1}, {2}")
    @CsvSource({
            "35, 50, EXCELLENT", "35.1, 51, GOOD", "75, 100, GOOD", "75.1, 101, LIGHTLY_POLLUTED",
            "115, 150, LIGHTLY_POLLUTED", "115.1, 151, MODERATELY_POLLUTED", "150, 200, MODERATELY_POLLUTED",
            "150.1, 201, HEAVILY_POLLUTED", "250, 300, HEAVILY_POLLUTED", "250.1, 301, SEVERELY_POLLUTED"})
    void resultCarriesTheCategoryOfItsAqi(double pm25, int aqi, AqiCategory expected) {
        AqiResult result = TestSupport.compute("2012", AqiKind.DAILY, TestSupport.cleanAir().pm25(pm25).build());

        assertThat(result.aqi()).isEqualTo(aqi);
        assertThat(result.category()).isEqualTo(expected);
    }

    @Test
    void colourNamesFollowTheStandard() {
        assertThat(AqiCategory.values()).extracting(AqiCategory::colorName)
                .containsExactly("green", "yellow", "orange", "red", "purple", "maroon");
    }

    @Test
    void negativeAqiIsRejected() {
        assertThatThrownBy(() -> AqiCategory.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
