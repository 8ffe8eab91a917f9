package org.lantian.bulletin;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.lantian.warning.WarningDetail;
import org.lantian.warning.rules.WarningLevel;

/**
 * A warning's CAP 1.2 messages, one per stored action (docs/domain-decisions.md, *Public bulletin*): ISSUED → Alert,
 * ADJUSTED → Update, LIFTED → Cancel; each Update and Cancel refers to the message before it. Everything comes from
 * the warning's stored history, so the same history always gives the same messages.
 */
public final class CapMessages {

    /** The GB/T 2260 administrative division code names the area. */
    public static final String GEOCODE_NAME = "GB/T 2260";
    static final Text EVENT = new Text("空气重污染预警", "Heavy air pollution warning");

    private CapMessages() {
    }

    /** The identifier of a warning's message of one version: deterministic, no spaces, commas, {@code <} or {@code &}. */
    public static String identifier(String warningId, int version) {
        return warningId + ".v" + version;
    }

    public static String msgType(String actionType) {
        return switch (actionType) {
            case "ISSUED" -> "Alert";
            case "LIFTED" -> "Cancel";
            default -> "Update";
        };
    }

    /** Severity by level (the table in docs/domain-decisions.md). */
    public static String severity(WarningLevel level) {
        return switch (level) {
            case BLUE -> "Minor";
            case YELLOW -> "Moderate";
            case ORANGE -> "Severe";
            case RED -> "Extreme";
            case NONE -> "Minor";
        };
    }

    /** Immediate when the level is in force by the time the message is sent, Expected when it starts later. */
    public static String urgency(OffsetDateTime effective, OffsetDateTime sent) {
        return effective.isAfter(sent) ? "Expected" : "Immediate";
    }

    /** Every message of the warning, oldest first. */
    public static List<CapMessage> of(WarningDetail detail, Text regionName, PublicMeasures measures, BulletinSettings settings) {
        List<CapMessage> messages = new ArrayList<>();
        CapMessage previous = null;
        for (WarningDetail.Action action : detail.actions()) {
            CapMessage m = message(detail, action, previous, regionName, measures, settings);
            messages.add(m);
            previous = m;
        }
        return messages;
    }

    private static CapMessage message(WarningDetail detail, WarningDetail.Action action, CapMessage previous, Text regionName,
                                      PublicMeasures measures, BulletinSettings settings) {
        String warningId = detail.warning().id();
        OffsetDateTime sent = CapXml.shanghai(action.at());
        String msgType = msgType(action.type());
        List<CapMessage.Info> infos = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            infos.add(info(lang, detail, action, sent, regionName, measures, settings));
        }
        List<String> references = previous == null || msgType.equals("Alert") ? List.of() : List.of(previous.reference());
        return new CapMessage(warningId, action.version(), identifier(warningId, action.version()), settings.capSender(), sent,
                msgType, references, infos);
    }

    private static CapMessage.Info info(String lang, WarningDetail detail, WarningDetail.Action action, OffsetDateTime sent, Text regionName,
                             PublicMeasures measures, BulletinSettings settings) {
        boolean zh = lang.equals("zh");
        String region = regionName.in(lang);
        OffsetDateTime effective = CapXml.shanghai(action.effectiveFrom());
        String senderName = zh ? settings.senderNameZh() : settings.senderNameEn();
        String language = zh ? "zh-CN" : "en";
        if ("LIFTED".equals(action.type())) {
            PublicMeasures.LevelText was = measures.of(WarningLevel.valueOf(action.previousLevel()));
            String headline = zh ? region + "解除空气重污染" + was.name().zh() + "预警"
                    : region + ": " + was.name().en() + " heavy air pollution warning lifted";
            String instruction = zh ? "预警解除，应急措施随之停止。" : "The warning is lifted; its emergency measures end.";
            return new CapMessage.Info(language, EVENT.in(lang), "Past", "Minor", "Observed", effective, effective,
                    senderName, headline, null, instruction, region, detail.warning().regionCode());
        }
        WarningLevel level = WarningLevel.valueOf(action.level());
        PublicMeasures.LevelText text = measures.of(level);
        String headline = headline(lang, region, action.type(), text);
        String description = zh ? "预警级别：" + text.name().zh() + "（" + text.response().zh() + "响应）"
                + (detail.warning().mandatory() ? "" : "；建议性预警，以下措施为倡导性措施")
                : "Level: " + text.name().en() + " (" + text.response().en() + " response)"
                + (detail.warning().mandatory() ? "" : "; an advisory warning: the measures below are advice");
        String instruction = String.join(zh ? "；" : "; ", text.measures().stream().map(t -> t.in(lang)).toList()) + (zh ? "。" : ".");
        return new CapMessage.Info(language, EVENT.in(lang), urgency(effective, sent), severity(level), "Likely", effective,
                effective.plus(settings.capExpiry()), senderName, headline, description, instruction, region,
                detail.warning().regionCode());
    }

    /** The headline of an issue or adjustment. */
    static String headline(String lang, String region, String actionType, PublicMeasures.LevelText text) {
        if ("zh".equals(lang)) {
            return "ISSUED".equals(actionType) ? region + "发布空气重污染" + text.name().zh() + "预警"
                    : region + "空气重污染预警调整为" + text.name().zh();
        }
        return "ISSUED".equals(actionType) ? region + ": " + text.name().en() + " heavy air pollution warning issued"
                : region + ": heavy air pollution warning changed to " + text.name().en();
    }
}
