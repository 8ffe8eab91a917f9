package org.lantian.warning;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A region's effective level: the highest of the city's warning, its own raise and a regional floor.
 *
 * @param sources what holds the region at its level (city, own, floor), as stored with the level
 */
public record EffectiveLevelView(String regionCode, String level, int version, JsonNode sources, OffsetDateTime since) {
}
