package org.lantian.warning.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index ties the files together: ids are unique and match their files, the default chain
 * has no overlapping effective dates, and non-default (city) sets may overlap anything.
 */
class RuleSetIndexTest {

    @TempDir
    Path dir;

    @Test
    void refusesOverlappingDefaults() throws IOException {
        write("a.json", set("a", "2017-01-01", "\"2019-07-01\""));
        write("b.json", set("b", "2019-07-01", "null"));
        write("index.json", index("{\"id\":\"a\",\"file\":\"a.json\",\"default\":true},"
                + "{\"id\":\"b\",\"file\":\"b.json\",\"default\":true}"));

        assertThatThrownBy(() -> RuleSetLoader.fromDirectory(dir))
                .isInstanceOf(RuleSetException.class)
                .hasMessage("default rule sets a (2017-01-01..2019-07-01) and b (2019-07-01..open) have overlapping"
                        + " effective dates; a date must have one default");
    }

    @Test
    void refusesAnOpenEndedDefaultBeforeAnother() throws IOException {
        write("a.json", set("a", "2017-01-01", "null"));
        write("b.json", set("b", "2019-07-01", "null"));
        write("index.json", index("{\"id\":\"a\",\"file\":\"a.json\",\"default\":true},"
                + "{\"id\":\"b\",\"file\":\"b.json\",\"default\":true}"));

        assertThatThrownBy(() -> RuleSetLoader.fromDirectory(dir))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("a (2017-01-01..open) and b (2019-07-01..open) have overlapping effective dates");
    }

    @Test
    void acceptsAdjacentDefaultsAndAnOverlappingCitySet() throws IOException {
        write("a.json", set("a", "2017-01-01", "\"2019-06-30\""));
        write("b.json", set("b", "2019-07-01", "null"));
        write("city.json", set("city", "2018-01-01", "null"));
        write("index.json", index("{\"id\":\"a\",\"file\":\"a.json\",\"default\":true},"
                + "{\"id\":\"b\",\"file\":\"b.json\",\"default\":true},{\"id\":\"city\",\"file\":\"city.json\"}"));

        RuleSets sets = RuleSetLoader.fromDirectory(dir);

        assertThat(sets.all()).extracting(RuleSet::id).containsExactly("a", "b", "city");
        assertThat(sets.defaults()).extracting(RuleSet::id).containsExactly("a", "b");
    }

    @Test
    void refusesDuplicateIds() throws IOException {
        write("a.json", set("a", "2017-01-01", "null"));
        write("index.json", index("{\"id\":\"a\",\"file\":\"a.json\",\"default\":true},{\"id\":\"a\",\"file\":\"a.json\"}"));

        assertThatThrownBy(() -> RuleSetLoader.fromDirectory(dir))
                .isInstanceOf(RuleSetException.class)
                .hasMessage("index.json: ruleSets[1]: duplicate rule set id 'a'");
    }

    @Test
    void refusesAFileWhoseIdDiffersFromTheIndex() throws IOException {
        write("a.json", set("other", "2017-01-01", "null"));
        write("index.json", index("{\"id\":\"a\",\"file\":\"a.json\",\"default\":true}"));

        assertThatThrownBy(() -> RuleSetLoader.fromDirectory(dir))
                .isInstanceOf(RuleSetException.class)
                .hasMessage("a.json: id 'other' does not match the index entry 'a'");
    }

    @Test
    void refusesAMissingFile() throws IOException {
        write("index.json", index("{\"id\":\"a\",\"file\":\"a.json\",\"default\":true}"));

        assertThatThrownBy(() -> RuleSetLoader.fromDirectory(dir))
                .isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith("a.json: not found in ");
    }

    @Test
    void refusesAnIndexWithoutDefaults() throws IOException {
        write("a.json", set("a", "2017-01-01", "null"));
        write("index.json", index("{\"id\":\"a\",\"file\":\"a.json\"}"));

        assertThatThrownBy(() -> RuleSetLoader.fromDirectory(dir))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("no rule set is marked \"default\": true");
    }

    @Test
    void refusesAnUnknownFormatVersion() throws IOException {
        write("index.json", "{\"formatVersion\":2,\"ruleSets\":[]}");

        assertThatThrownBy(() -> RuleSetLoader.fromDirectory(dir))
                .isInstanceOf(RuleSetException.class)
                .hasMessage("index.json: formatVersion must be 1, got 2");
    }

    @Test
    void reportsBadDataInsideAListedFileWithItsName() throws IOException {
        write("a.json", set("a", "2017-01-01", "null").replace("\"forHours\":24", "\"forHours\":-1"));
        write("index.json", index("{\"id\":\"a\",\"file\":\"a.json\",\"default\":true}"));

        assertThatThrownBy(() -> RuleSetLoader.fromDirectory(dir))
                .isInstanceOf(RuleSetException.class)
                .hasMessage("a.json: levels[0].condition.forHours: must be a positive number of hours, got -1");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content);
    }

    private static String index(String entries) {
        return "{\"formatVersion\":1,\"ruleSets\":[" + entries + "]}";
    }

    private static String set(String id, String from, String to) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"effectiveFrom\":\"" + from + "\",\"effectiveTo\":" + to
                + ",\"levels\":[{\"level\":\"YELLOW\",\"condition\":{\"aqiAbove\":200,\"forHours\":24},"
                + "\"mandatoryCauses\":[]}]}";
    }
}
