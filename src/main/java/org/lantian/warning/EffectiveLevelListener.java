package org.lantian.warning;

import java.time.OffsetDateTime;
import java.util.List;

import org.lantian.eventlog.LogEvent;
import org.lantian.warning.rules.WarningLevel;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Told of every change of a region's effective level, inside the transaction
 * that makes it, so that what follows from it (directives) commits with it.
 */
public interface EffectiveLevelListener {

    /** One region's change; {@code version} is the effective level's new version, {@code cause} the warning or floor id. */
    record Change(String regionCode, WarningLevel level, WarningLevel previous, int version, String cause,
                  boolean mandatory, OffsetDateTime effectiveFrom) {
    }

    /**
     * Acts on the changes; returns what it wants in the event log. The caller logs it after the changes themselves,
     * as the transaction's last statement (the log's lock is taken last, so it cannot deadlock with row locks).
     */
    Uni<List<LogEvent>> onChange(SqlConnection tx, List<Change> changes);
}
