package org.lantian.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lantian.platform.security.Reach;
import org.lantian.platform.security.Scope;
import org.lantian.warning.Officer;
import org.lantian.warning.ProposalView;
import org.lantian.warning.Warning;
import org.lantian.warning.WarningCommands;
import org.lantian.warning.WarningQueries;
import org.lantian.warning.rules.WarningLevel;

/**
 * {@code lantian.demo.episode.auto-decide}: for unattended demos, the episode accepts its own proposals as the duty
 * officer would — issue, adjust or lift at the proposed level, through the warning capability's commands, recorded
 * as {@link #ACTOR}. A proposal the rules refuse (a county below its floor, a lift the forecast does not allow yet)
 * is tried once and left to a person.
 */
@ApplicationScoped
class AutoDecider {

    /** Who the decisions are recorded as. */
    static final String ACTOR = "demo-episode (auto-decide)";
    private static final Logger LOG = Logger.getLogger(AutoDecider.class);
    private static final Duration CALL = Duration.ofSeconds(30);

    private final WarningQueries queries;
    private final WarningCommands commands;
    private final Clock clock;
    private final Officer officer = new Officer(ACTOR, new Scope(ACTOR, Reach.ALL, null, null, "demo auto-decide"));
    private final Set<String> tried = new HashSet<>();

    AutoDecider(WarningQueries queries, WarningCommands commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    /** Decides every open proposal not tried before; the number decided. Blocking, for the replay's thread. */
    synchronized int decideOpen() {
        List<ProposalView> open = queries.open(null).await().atMost(CALL);
        int decided = 0;
        // oldest first: an issue before the upgrade that follows it
        List<ProposalView> oldestFirst = new java.util.ArrayList<>(open);
        java.util.Collections.reverse(oldestFirst);
        for (ProposalView p : oldestFirst) {
            if (!tried.add(p.id())) {
                continue;
            }
            try {
                decide(p);
                decided++;
            } catch (RuntimeException e) {
                LOG.infof("episode event=AUTO_DECIDE_SKIPPED proposal=%s region=%s kind=%s level=%s: %s", p.id(), p.regionCode(),
                        p.kind(), p.level(), e.getMessage());
            }
        }
        return decided;
    }

    private void decide(ProposalView p) {
        String reason = "演示自动决策 / demo auto-decide: " + p.kind() + " " + p.level() + " as proposed (" + p.id() + ")";
        WarningLevel level = WarningLevel.valueOf(p.level());
        if (p.kind().equals("ISSUE")) {
            Warning w = commands.issue(new WarningCommands.Issue(p.regionCode(), level, null, reason, p.id()), officer)
                    .await().atMost(CALL);
            LOG.infof("episode event=AUTO_DECIDED proposal=%s warning=%s ISSUE %s %s", p.id(), w.id(), w.regionCode(), w.level());
            return;
        }
        Optional<Warning> current = queries.activeAsOf(OffsetDateTime.now(clock)).await().atMost(CALL).stream()
                .filter(w -> w.regionCode().equals(p.regionCode())).findFirst();
        if (current.isEmpty()) {
            throw new IllegalStateException("no active warning for " + p.regionCode() + " to " + p.kind());
        }
        Warning w = current.get();
        WarningCommands.Change change = new WarningCommands.Change(w.id(), level, w.version(), reason, null, null);
        Warning after = (p.kind().equals("LIFT") ? commands.lift(change, officer) : commands.adjust(change, officer)).await().atMost(CALL);
        LOG.infof("episode event=AUTO_DECIDED proposal=%s warning=%s %s %s v%d", p.id(), after.id(), p.kind(), after.level(), after.version());
    }
}
