package org.lantian.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** With Kafka out of reach, verify says the anchors could not be read instead of calling the log intact against them. */
class UnreachableWitnessTest {

    @Test
    void anUnreachableKafkaIsReportedNotPassedOver() {
        // port 1: nothing listens there
        AnchorWitness witness = new AnchorWitness(Map.of("bootstrap.servers", "127.0.0.1:1"), new ObjectMapper(), Duration.ofSeconds(2));
        AnchorCheck.Result anchors = new AnchorCheck(witness, null).checkNow();

        assertThat(anchors.outcome()).isEqualTo(AnchorCheck.Outcome.UNAVAILABLE);
        assertThat(anchors.checked()).isZero();
        assertThat(anchors.contradicted()).isNull();
        assertThat(anchors.problem()).startsWith("the anchors could not be read from Kafka (0 checked): Kafka did not answer");

        LogVerification answer = LogVerification.of(new EventLog.Verification(10, true, null), anchors);
        assertThat(answer.anchorCheck()).isEqualTo(AnchorCheck.Outcome.UNAVAILABLE);
        assertThat(answer.anchorCheckProblem()).isEqualTo(anchors.problem());
    }
}
