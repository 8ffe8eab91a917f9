package org.lantian.reduction.list;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The reduction list as published to everyone (plan task 26, 清单向社会公布): per enterprise its name, county, industry,
 * grade and measures per level — and nothing an administrator marked confidential ({@link Enterprise#confidential()}):
 * a withheld field is left out of the answer (null here, absent from the JSON), never replaced by a placeholder.
 * The enterprise's stack-emission permit (排污许可, published in China anyway) is public too, and cannot be withheld.
 * Nothing else of the list is public: no credit code, baseline, emissions or expected cuts.
 */
public record PublicReductionList(int version, int enterpriseCount, List<PublicEnterprise> enterprises) {

    /**
     * One enterprise; {@code withheld} names the fields left out (so a reader knows something is withheld);
     * {@code permit} is absent when the list gives no permit for the enterprise.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicEnterprise(String name, String regionCode, String industry, String industryZh, String grade,
                                   Map<Level, List<PublicMeasure>> measures, List<String> withheld, PublicPermit permit) {
    }

    /**
     * The permitted stack concentrations, mg/m³ (each absent when the list gives none), and the denitration type
     * ({@code SCR}, {@code SNCR} or {@code NONE}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicPermit(Double so2MgM3, Double noxMgM3, Double pmMgM3, String denitration) {
        static PublicPermit of(Permit p) {
            return p.equals(Permit.NONE) ? null : new PublicPermit(p.so2(), p.nox(), p.pm(), p.denitration().name());
        }
    }

    /** One measure at one level; {@code action} uses the directive contract's names. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicMeasure(String line, String process, String action, Double limitPercent, Double hours,
                                String description) {
    }

    public static PublicReductionList of(int version, ReductionList list) {
        List<PublicEnterprise> enterprises = list.plans().stream().map(PublicReductionList::enterprise).toList();
        return new PublicReductionList(version, enterprises.size(), enterprises);
    }

    static PublicEnterprise enterprise(EnterprisePlan plan) {
        Enterprise e = plan.enterprise();
        Map<Level, List<PublicMeasure>> measures = null;
        if (!e.withholds("measures")) {
            measures = new EnumMap<>(Level.class);
            for (Level l : Level.values()) {
                measures.put(l, plan.measures(l).stream().map(m -> measure(e, m)).toList());
            }
        }
        return new PublicEnterprise(
                e.withholds("name") ? null : e.name(),
                e.countyCode(),
                e.withholds("industry") ? null : e.industry().code(),
                e.withholds("industry") ? null : e.industry().chinese(),
                e.withholds("grade") ? null : e.grade().name(),
                measures,
                e.confidential(),
                PublicPermit.of(e.permit()));
    }

    private static PublicMeasure measure(Enterprise e, Measure m) {
        return new PublicMeasure(
                e.withholds("line") ? null : m.line(),
                e.withholds("process") ? null : m.process(),
                m.action().contractName(),
                e.withholds("limit_percent") ? null : m.limitPercent(),
                e.withholds("hours") ? null : m.hours(),
                e.withholds("description") ? null : m.description());
    }
}
