package org.lantian.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lantian.warning.Warning;
import org.lantian.warning.WarningDetail;
import org.lantian.warning.rules.WarningLevel;

/**
 * A stored history (issue at 08:00 UTC effective 10:00, raise at 12:00, lift at 20:00) gives Alert, Update and
 * Cancel, each valid CAP 1.2, in Asia/Shanghai time; and the schema check itself refuses what CAP forbids.
 */
class CapMessagesTest {

    static final BulletinSettings SETTINGS = new BulletinSettings() {
        public String capSender() {
            return "test.sender";
        }

        public String senderNameZh() {
            return "测试";
        }

        public String senderNameEn() {
            return "Test";
        }

        public Duration capExpiry() {
            return Duration.ofDays(2);
        }

        public Duration feedWindow() {
            return Duration.ofDays(7);
        }
    };

    static OffsetDateTime utc(int day, int hour) {
        return OffsetDateTime.of(2026, 12, day, hour, 0, 0, 123_000_000, ZoneOffset.UTC);
    }

    static List<CapMessage> messages() {
        Warning w = new Warning("W-141000-abcd1234", "141000", WarningLevel.NONE, "LIFTED", "national-2019", null, true, null,
                utc(1, 10), utc(1, 8), "duty", "r", utc(1, 20), "duty", 3, null);
        List<WarningDetail.Action> actions = List.of(
                new WarningDetail.Action(1, "ISSUED", "ORANGE", "NONE", "duty", "r", null, utc(1, 10), utc(1, 8)),
                new WarningDetail.Action(2, "ADJUSTED", "RED", "ORANGE", "duty", "r", null, utc(1, 12), utc(1, 12)),
                new WarningDetail.Action(3, "LIFTED", "NONE", "RED", "duty", "r", "o", utc(1, 20), utc(1, 20)));
        return CapMessages.of(new WarningDetail(w, actions), new Text("临汾市", "Linfen City"), new PublicMeasures(), SETTINGS);
    }

    @Test
    void aHistoryGivesAlertUpdateCancelChainedByReferences() {
        List<CapMessage> m = messages();
        assertThat(m).extracting(CapMessage::msgType).containsExactly("Alert", "Update", "Cancel");
        assertThat(m).extracting(CapMessage::identifier)
                .containsExactly("W-141000-abcd1234.v1", "W-141000-abcd1234.v2", "W-141000-abcd1234.v3");
        assertThat(m.get(0).references()).isEmpty();
        assertThat(m.get(1).references()).containsExactly("test.sender,W-141000-abcd1234.v1,2026-12-01T16:00:00+08:00");
        assertThat(m.get(2).references()).containsExactly("test.sender,W-141000-abcd1234.v2,2026-12-01T20:00:00+08:00");
        // issued two hours before it takes effect: Expected; the raise is in force at once: Immediate
        assertThat(m.get(0).infos()).extracting(CapMessage.Info::urgency).containsExactly("Expected", "Expected");
        assertThat(m.get(0).infos()).extracting(CapMessage.Info::severity).containsExactly("Severe", "Severe");
        assertThat(m.get(1).infos()).extracting(CapMessage.Info::urgency).containsExactly("Immediate", "Immediate");
        assertThat(m.get(1).infos()).extracting(CapMessage.Info::severity).containsExactly("Extreme", "Extreme");
        assertThat(m.get(2).infos().get(0).headline()).isEqualTo("临汾市解除空气重污染红色预警");
        assertThat(m.get(2).infos().get(1).headline()).isEqualTo("Linfen City: red heavy air pollution warning lifted");
        for (CapMessage message : m) {
            String xml = CapXml.alert(message);
            CapSchema.validate(xml);
        }
        String alert = CapXml.alert(m.get(0));
        assertThat(alert).contains("<sent>2026-12-01T16:00:00+08:00</sent>", "<effective>2026-12-01T18:00:00+08:00</effective>",
                "<expires>2026-12-03T18:00:00+08:00</expires>", "<language>zh-CN</language>", "<language>en</language>",
                "<areaDesc>临汾市</areaDesc>", "<valueName>GB/T 2260</valueName><value>141000</value>",
                "<instruction>停止土石方作业（开挖、回填、场内倒运、掺拌石灰）；停止建筑拆除作业；停止室外喷涂、粉刷作业；"
                        + "涉及大宗物料运输的企业停止使用国四及以下重型柴油货车运输；渣土车、砂石车等停止上路；机动车单双号限行；错峰上下班。</instruction>");
    }

    @Test
    void theSchemaRefusesWhatCapForbids() {
        String valid = CapXml.alert(messages().get(0));
        CapSchema.validate(valid);
        assertThatThrownBy(() -> CapSchema.validate(valid.replace("<msgType>Alert</msgType>", "<msgType>Notice</msgType>")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> CapSchema.validate(valid.replace("<sent>2026-12-01T16:00:00+08:00</sent>", "<sent>2026-12-01T08:00:00Z</sent>")))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> CapSchema.validate(valid.replace("<scope>Public</scope>", "")))
                .isInstanceOf(AssertionError.class);
    }
}
