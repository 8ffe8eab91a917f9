package org.lantian.reduction.list;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The emergency emission-reduction list: enterprises (unique credit codes) with their measures per level. */
public record ReductionList(List<EnterprisePlan> plans) {

    public ReductionList {
        plans = List.copyOf(plans);
        Set<String> seen = new HashSet<>();
        for (EnterprisePlan p : plans) {
            if (!seen.add(p.enterprise().creditCode())) {
                throw new IllegalArgumentException("duplicate enterprise " + p.enterprise().creditCode());
            }
        }
    }

    public List<Enterprise> enterprises() {
        return plans.stream().map(EnterprisePlan::enterprise).toList();
    }

    public Optional<EnterprisePlan> plan(String creditCode) {
        return plans.stream().filter(p -> p.enterprise().creditCode().equals(creditCode)).findFirst();
    }

    /** The plans of the enterprises in the given counties. */
    public List<EnterprisePlan> inCounties(Set<String> countyCodes) {
        return plans.stream().filter(p -> countyCodes.contains(p.enterprise().countyCode())).toList();
    }

    public int size() {
        return plans.size();
    }
}
