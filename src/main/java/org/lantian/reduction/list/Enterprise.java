package org.lantian.reduction.list;

import java.util.List;
import java.util.Objects;

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
        boolean synthetic) {

    public Enterprise {
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countyCode, "countyCode");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(baselineProduction, "baselineProduction");
        Objects.requireNonNull(annualEmissions, "annualEmissions");
        productionLines = List.copyOf(productionLines);
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
}
