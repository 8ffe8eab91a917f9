package org.lantian.warning;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lantian.platform.http.BadRequest;
import org.lantian.platform.http.TextInput;
import org.lantian.warning.rules.WarningLevel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * The duty officers' request bodies. Unknown properties are ignored (as before). Each record validates itself into
 * the command it stands for, with the same 400 messages and {@code field} names as the hand-parsed bodies had.
 */
public final class WarningRequests {

    private static final String VERSION_REQUIRED = "version is required: the warning version you are acting on (from GET /api/warnings)";

    private WarningRequests() {
    }

    /** POST /api/warnings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IssueRequest(String regionCode, String level, String effectiveFrom, String reason, String proposalId) {

        WarningCommands.Issue command() {
            return new WarningCommands.Issue(WarningRequests.code("regionCode", regionCode), WarningRequests.level(level), WarningRequests.time("effectiveFrom", effectiveFrom),
                    WarningRequests.reason(reason), WarningRequests.id("proposalId", proposalId));
        }
    }

    /** POST /api/warnings/{id}/adjust. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AdjustRequest(String level,
                                @Schema(description = "the warning version you are acting on")
                                @JsonDeserialize(using = VersionInput.class) Integer version,
                                String reason, String overrideReason, String effectiveFrom) {

        WarningCommands.Change command(String id) {
            return new WarningCommands.Change(id, WarningRequests.level(level), WarningRequests.version(version), WarningRequests.reason(reason), WarningRequests.overrideReason(overrideReason),
                    WarningRequests.time("effectiveFrom", effectiveFrom));
        }
    }

    /** POST /api/warnings/{id}/lift. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LiftRequest(@Schema(description = "the warning version you are acting on")
                              @JsonDeserialize(using = VersionInput.class) Integer version,
                              String reason, String overrideReason, String effectiveFrom) {

        WarningCommands.Change command(String id) {
            return new WarningCommands.Change(id, WarningLevel.NONE, WarningRequests.version(version), WarningRequests.reason(reason),
                    WarningRequests.overrideReason(overrideReason), WarningRequests.time("effectiveFrom", effectiveFrom));
        }
    }

    /** One forecast period of a dry run, as on Kafka (forecast.schema.json). */
    public record PeriodInput(OffsetDateTime from, OffsetDateTime to, double aqi, String primaryPollutant) {
    }

    /**
     * POST /api/warnings/evaluate. The periods are read as they were (so a malformed period keeps its message);
     * their shape is documented as {@link PeriodInput}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EvaluateRequest(String regionCode, String ruleSet,
                                  @Schema(type = SchemaType.ARRAY, implementation = PeriodInput.class) JsonNode periods) {
    }

    static String code(String field, String value) {
        return TextInput.line(field, required(field, value), TextInput.ID_MAX);
    }

    static String id(String field, String value) {
        return TextInput.line(field, value, TextInput.ID_MAX);
    }

    /** Reasons are kept with the warning, logged and published: bounded, line breaks allowed (docs/domain-decisions.md). */
    static String reason(String value) {
        return TextInput.text("reason", required("reason", value), TextInput.TEXT_MAX);
    }

    static String overrideReason(String value) {
        return TextInput.text("overrideReason", value, TextInput.TEXT_MAX);
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequest(field, field + " is required");
        }
        return value;
    }

    static WarningLevel level(String value) {
        String text = required("level", value);
        try {
            WarningLevel level = WarningLevel.valueOf(text.toUpperCase());
            if (level == WarningLevel.NONE) {
                throw new BadRequest("level", "level NONE: use lift");
            }
            return level;
        } catch (IllegalArgumentException e) {
            throw new BadRequest("level", "level must be one of BLUE, YELLOW, ORANGE, RED, was " + text);
        }
    }

    static int version(Integer version) {
        if (version == null) {
            throw new BadRequest("version", VERSION_REQUIRED);
        }
        return version;
    }

    /**
     * A version is a JSON number that fits an int. Anything else (a string, a boolean, a too large number) reads as
     * none, so it gets the same 400 on {@code version} as a missing one: not Jackson's coercion ({@code "1"} → 1),
     * nor its mapping error, which Quarkus answers with a bare 400 naming no field.
     */
    static final class VersionInput extends StdDeserializer<Integer> {

        VersionInput() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode version = parser.readValueAsTree();
            return version.canConvertToInt() ? version.asInt() : null;
        }
    }

    static OffsetDateTime time(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequest(field, field + " must be an ISO-8601 time with offset");
        }
    }
}
