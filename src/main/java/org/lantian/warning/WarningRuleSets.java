package org.lantian.warning;

import jakarta.inject.Singleton;

import org.lantian.platform.http.BadRequest;
import org.lantian.warning.rules.RuleSet;
import org.lantian.warning.rules.RuleSets;

/** The bundled rule sets and which one applies to a region (configuration). */
@Singleton
public class WarningRuleSets {

    private final RuleSets sets = RuleSets.bundled();
    private final WarningSettings settings;

    WarningRuleSets(WarningSettings settings) {
        this.settings = settings;
        forRegion("141000"); // fail at start on a misconfigured id
    }

    public RuleSet forRegion(String region) {
        String id = settings.regionRuleSets().getOrDefault(region, settings.ruleSet());
        return sets.find(id).orElseThrow(() -> new IllegalStateException("unknown warning rule set " + id));
    }

    public RuleSet byId(String id) {
        return sets.find(id).orElseThrow(() -> new BadRequest("ruleSet", "unknown rule set " + id + "; known: "
                + sets.all().stream().map(RuleSet::id).toList()));
    }

    public RuleSets all() {
        return sets;
    }
}
