package org.lantian.compliance;

import java.util.List;
import java.util.Map;

/**
 * What compliance needs to know about an enterprise from the reduction list: its production lines (the names its
 * electricity meters carry), its permitted stack concentrations (mg/m³, by rule) and its NH₃-slip limit (null: none).
 */
public record EnterpriseFacts(String enterpriseId, String countyCode, List<String> lines, Map<Rule, Double> permits,
                              Double nh3SlipLimit) {

    public static EnterpriseFacts unlisted(String enterpriseId) {
        return new EnterpriseFacts(enterpriseId, null, List.of(), Map.of(), null);
    }
}
