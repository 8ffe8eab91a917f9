package org.lantian.reduction.list;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An enterprise on the emergency reduction list (domain.md §5).
 *
 * @param creditCode         18-character unified social credit code (the enterprise id of the directives)
 * @param name               enterprise name
 * @param countyCode         GB/T 2260 code of the Linfen county the enterprise is in
 * @param industry           industry
 * @param grade              performance grade
 * @param baselineProduction baseline production (amount and unit)
 * @param annualEmissions    baseline emissions, t/yr
 * @param productionLines    names of the production lines (at least one, unique)
 * @param basicNeeds         true for basic-needs enterprises (heating etc., 以热定产): limited to demand
 * @param staggered          true when on the staggered-production (错峰生产) list
 * @param synthetic          true for generated demo data
 * @param confidential       the fields an administrator withholds from the public list (CSV column
 *                           {@code confidential}, names from {@link #CONFIDENTIAL_FIELDS}), sorted; empty when none
 * @param permit             the stack-emission permit (optional CSV columns {@code permit_so2_mg_m3},
 *                           {@code permit_nox_mg_m3}, {@code permit_pm_mg_m3}, {@code denitration});
 *                           {@link Permit#NONE} when the list gives none (null → NONE)
 */
public record Enterprise(
        String creditCode,
        String name,
        String countyCode,
        Industry industry,
        Grade grade,
        BaselineProduction baselineProduction,
        Emissions annualEmissions,
        List<String> productionLines,
        boolean basicNeeds,
        boolean staggered,
        boolean synthetic,
        List<String> confidential,
        Permit permit) {

    /**
     * The fields of the public list (清单向社会公布) an administrator may withhold, by their CSV column names; {@code measures}
     * withholds the measures altogether. The county is never withheld: the list is published by county.
     */
    public static final Set<String> CONFIDENTIAL_FIELDS = Set.of("name", "industry", "grade", "measures", "line", "process",
            "limit_percent", "hours", "description");

    /** An enterprise with nothing withheld from the public list and no permit given. */
    public Enterprise(String creditCode, String name, String countyCode, Industry industry, Grade grade,
                      BaselineProduction baselineProduction, Emissions annualEmissions, List<String> productionLines,
                      boolean basicNeeds, boolean staggered, boolean synthetic) {
        this(creditCode, name, countyCode, industry, grade, baselineProduction, annualEmissions, productionLines, basicNeeds,
                staggered, synthetic, List.of(), Permit.NONE);
    }

    /** An enterprise with no permit given. */
    public Enterprise(String creditCode, String name, String countyCode, Industry industry, Grade grade,
                      BaselineProduction baselineProduction, Emissions annualEmissions, List<String> productionLines,
                      boolean basicNeeds, boolean staggered, boolean synthetic, List<String> confidential) {
        this(creditCode, name, countyCode, industry, grade, baselineProduction, annualEmissions, productionLines, basicNeeds,
                staggered, synthetic, confidential, Permit.NONE);
    }

    public Enterprise {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countyCode, "countyCode");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(baselineProduction, "baselineProduction");
        Objects.requireNonNull(annualEmissions, "annualEmissions");
        productionLines = List.copyOf(productionLines);
        confidential = confidential == null ? List.of() : confidential.stream().distinct().sorted().toList();
        permit = permit == null ? Permit.NONE : permit;
        for (String field : confidential) {
            if (!CONFIDENTIAL_FIELDS.contains(field)) {
                throw new IllegalArgumentException("cannot withhold '" + field + "' (allowed: " + CONFIDENTIAL_FIELDS + ")");
            }
        }
        if (productionLines.isEmpty()) {
            throw new IllegalArgumentException("an enterprise needs at least one production line");
        }
        if (productionLines.stream().distinct().count() != productionLines.size()) {
            throw new IllegalArgumentException("production line names must be unique: " + productionLines);
        }
        for (String line : productionLines) {
            if (line.isBlank() || line.contains(";") || !line.equals(line.strip())) {
                throw new IllegalArgumentException("bad production line name '" + line + "'");
            }
        }
    }

    /** True when the administrator withholds this field (a {@link #CONFIDENTIAL_FIELDS} name) from the public list. */
    public boolean withholds(String field) {
        return confidential.contains(field);
    }
}
