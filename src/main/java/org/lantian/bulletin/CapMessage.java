package org.lantian.bulletin;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One OASIS CAP 1.2 message of a warning: its issue (Alert), an adjustment (Update) or its lift (Cancel), made from
 * one stored action of the warning. Written as XML by {@link CapXml}.
 *
 * @param references the earlier message this one refers to, as {@code sender,identifier,sent}; none for an Alert
 */
public record CapMessage(String warningId, int version, String identifier, String sender, OffsetDateTime sent,
                         String msgType, List<String> references, List<Info> infos) {

    /** One {@code info} block, in one language. */
    public record Info(String language, String event, String urgency, String severity, String certainty,
                       OffsetDateTime effective, OffsetDateTime expires, String senderName, String headline,
                       String description, String instruction, String areaDesc, String geocode) {
    }

    /** How other messages refer to this one: {@code sender,identifier,sent}. */
    public String reference() {
        return sender + "," + identifier + "," + CapXml.time(sent);
    }
}
