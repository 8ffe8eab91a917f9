package org.lantian.directive;

import org.lantian.reduction.list.ReductionListView;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One measure of an order, as published in its Kafka message ({@code measures[]} of industrial-directive.schema.json
 * and region-directive.schema.json) and kept with the order. Industrial orders carry the reduction list's measures
 * (line, process, action, limitPercent, hours, expectedCut, indicator, description), or an advisory one at BLUE;
 * vehicle and construction orders the region's controls (action, description, and scope or indicator if configured).
 * Fields a measure does not have are left out.
 *
 * @param line         production line the measure applies to; absent for the whole enterprise
 * @param limitPercent for LIMIT: production allowed, % of baseline
 * @param hours        for measures by the hour (e.g. extended coking time)
 * @param expectedCut  expected cut while the measure holds, t/yr
 * @param indicator    what proves compliance (ELECTRICITY, GATE, CAMERAS, ...)
 * @param scope        where or to whom a region's control applies
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DirectiveMeasure(String line, String process, String action, Double limitPercent, Double hours,
                               ReductionListView.EmissionsView expectedCut, String indicator, String scope, String description) {
}
