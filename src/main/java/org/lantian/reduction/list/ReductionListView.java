package org.lantian.reduction.list;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * JSON-friendly view of the list (plain records: Jackson or JSON-B serialise them as they are). Field names follow the
 * directive contract ({@code enterpriseId}, {@code regionCode}, {@code measures[]} with {@code line}, {@code action},
 * {@code limitPercent}, {@code expectedCut{so2,nox,pm,vocs}}, {@code indicator}, {@code description}); {@code action}
 * and {@code indicator} use the contract's names (e.g. {@code LIMIT}, {@code GATE}).
 */
public record ReductionListView(int enterpriseCount, List<EnterpriseView> enterprises) {

    public record EmissionsView(double so2, double nox, double pm, double vocs) {
        static EmissionsView of(Emissions e) {
            return new EmissionsView(e.so2(), e.nox(), e.pm(), e.vocs());
        }
    }

    public record BaselineView(double amount, String unit) {
    }

    public record MeasureView(String line, String process, String action, Double limitPercent, Double hours,
                              EmissionsView expectedCut, String indicator, String description) {
        public static MeasureView of(Measure m) {
            return new MeasureView(m.line(), m.process(), m.action().contractName(), m.limitPercent(), m.hours(),
                    EmissionsView.of(m.expectedCut()), m.indicator() == null ? null : m.indicator().contractName(),
                    m.description());
        }
    }

    public record EnterpriseView(String enterpriseId, String name, String regionCode, String industry, String grade,
                                 BaselineView baselineProduction, EmissionsView annualEmissions,
                                 List<String> productionLines, boolean basicNeeds, boolean staggered, boolean synthetic,
                                 Map<Level, List<MeasureView>> measures, Map<Level, EmissionsView> expectedCut) {
    }

    public static ReductionListView of(ReductionList list) {
        return new ReductionListView(list.size(), list.plans().stream().map(ReductionListView::enterprise).toList());
    }

    public static EnterpriseView enterprise(EnterprisePlan plan) {
        Enterprise e = plan.enterprise();
        Map<Level, List<MeasureView>> measures = new EnumMap<>(Level.class);
        Map<Level, EmissionsView> cuts = new EnumMap<>(Level.class);
        for (Level l : Level.values()) {
            measures.put(l, plan.measures(l).stream().map(MeasureView::of).toList());
            cuts.put(l, EmissionsView.of(plan.expectedCut(l)));
        }
        return new EnterpriseView(e.creditCode(), e.name(), e.countyCode(), e.industry().code(), e.grade().name(),
                new BaselineView(e.baselineProduction().amount(), e.baselineProduction().unit()),
                EmissionsView.of(e.annualEmissions()), e.productionLines(), e.basicNeeds(), e.staggered(), e.synthetic(),
                measures, cuts);
    }
}
