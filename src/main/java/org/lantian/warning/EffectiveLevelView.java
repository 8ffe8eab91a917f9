package org.lantian.warning;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A region's effective level: the highest of the city's warning, its own raise and a regional floor.
 *
 * @param sources what holds the region at its level, as stored with the level
 */
public record EffectiveLevelView(String regionCode, String level, int version, Sources sources, OffsetDateTime since) {

    /**
     * The three levels the effective one is the highest of.
     *
     * @param own      the region's own warning (a county's raise), NONE without one
     * @param city     the city's warning
     * @param floor    the highest regional (provincial) floor in force
     * @param floorIds the regional warnings that set the floor
     */
    public record Sources(String own, String city, String floor, List<String> floorIds) {
    }
}
