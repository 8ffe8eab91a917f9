package org.lantian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** No two advisory locks share a key, and the per-region ones fit PostgreSQL's two-key (int, int) form. */
class AdvisoryLockTest {

    @Test
    void everyLockHasItsOwnKey() {
        assertThat(Arrays.stream(AdvisoryLock.values()).map(AdvisoryLock::key)).doesNotHaveDuplicates();
    }

    @Test
    void aPerRegionLockTakesTheClassAndTheRegionsHash() {
        assertThat(AdvisoryLock.REGION_AQI.perSubject()).isEqualTo("SELECT pg_advisory_xact_lock(7236, hashtext($1))");
        assertThat(AdvisoryLock.REGION_PROPOSALS.perSubject()).isEqualTo("SELECT pg_advisory_xact_lock(7237, hashtext($1))");
    }
}
