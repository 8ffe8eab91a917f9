package org.lantian.compliance;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.reduction.ReductionLists;
import org.lantian.reduction.list.EnterprisePlan;
import org.lantian.reduction.list.Permit;
import org.lantian.reduction.list.Pollutant;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** An enterprise's lines and permits, from the active reduction list. */
@ApplicationScoped
public class ListFacts {

    private final ReductionLists lists;
    private final Pool pool;

    ListFacts(ReductionLists lists, Pool pool) {
        this.lists = lists;
        this.pool = pool;
    }

    public Uni<EnterpriseFacts> of(String enterpriseId) {
        return lists.current(pool).map(active -> active.list().plan(enterpriseId).map(ListFacts::facts).orElseGet(() -> EnterpriseFacts.unlisted(enterpriseId)));
    }

    static EnterpriseFacts facts(EnterprisePlan plan) {
        Permit permit = plan.enterprise().permit();
        Map<Rule, Double> permits = new EnumMap<>(Rule.class);
        put(permits, Rule.STACK_SO2, permit.of(Pollutant.SO2));
        put(permits, Rule.STACK_NOX, permit.of(Pollutant.NOX));
        put(permits, Rule.STACK_PM, permit.of(Pollutant.PM));
        return new EnterpriseFacts(plan.enterprise().creditCode(), plan.enterprise().countyCode(), plan.enterprise().productionLines(),
                permits, permit.nh3SlipLimit());
    }

    private static void put(Map<Rule, Double> map, Rule rule, Double value) {
        if (value != null) {
            map.put(rule, value);
        }
    }
}
