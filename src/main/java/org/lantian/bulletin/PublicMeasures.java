package org.lantian.bulletin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.lantian.warning.rules.WarningLevel;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the public is told at each warning level ({@value #RESOURCE}): name, response level, colour and the public
 * measures of domain.md §6, in Chinese and English.
 */
@Singleton
public class PublicMeasures {

    static final String RESOURCE = "/bulletin/public-measures.json";

    /** One level as published. */
    public record LevelText(Text name, Text response, String colour, List<Text> measures) {
    }

    private record File(String description, Map<WarningLevel, LevelText> levels) {
    }

    private final Map<WarningLevel, LevelText> levels;

    PublicMeasures() {
        this(load());
    }

    PublicMeasures(Map<WarningLevel, LevelText> levels) {
        this.levels = new EnumMap<>(levels);
        for (WarningLevel l : WarningLevel.values()) {
            if (l != WarningLevel.NONE && !this.levels.containsKey(l)) {
                throw new IllegalStateException(RESOURCE + " has no entry for " + l);
            }
        }
    }

    static Map<WarningLevel, LevelText> load() {
        try (InputStream in = PublicMeasures.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readValue(in, File.class).levels();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The level as published; NONE has no entry. */
    public LevelText of(WarningLevel level) {
        LevelText t = levels.get(level);
        if (t == null) {
            throw new IllegalArgumentException("no public text for level " + level);
        }
        return t;
    }
}
