package org.lantian.warning.rules;

import java.util.List;

/**
 * A level's start criterion as a tree: {@link AnyOf} / {@link AllOf} over the leaves
 * {@link AqiAbove} and {@link AqiReaches}. Leaves are judged independently against the whole
 * forecast timeline (see {@link ConditionMatcher}).
 */
public sealed interface Condition permits Condition.AnyOf, Condition.AllOf, Condition.AqiAbove, Condition.AqiReaches {

    /** Human-readable text, e.g. "AQI > 200 for ≥ 48 h"; used in reasons. */
    String describe();

    /** The leaves of this tree, in data order. */
    List<Condition> leaves();

    /** Holds when at least one child holds. */
    record AnyOf(List<Condition> children) implements Condition {
        public AnyOf {
            children = nonEmpty(children, "anyOf");
        }

        @Override
        public String describe() {
            return join(children, " or ");
        }

        @Override
        public List<Condition> leaves() {
            return children.stream().flatMap(c -> c.leaves().stream()).toList();
        }
    }

    /** Holds when every child holds. */
    record AllOf(List<Condition> children) implements Condition {
        public AllOf {
            children = nonEmpty(children, "allOf");
        }

        @Override
        public String describe() {
            return join(children, " and ");
        }

        @Override
        public List<Condition> leaves() {
            return children.stream().flatMap(c -> c.leaves().stream()).toList();
        }
    }

    /** AQI strictly above {@code aqi} for at least {@code forHours} consecutive forecast hours. */
    record AqiAbove(int aqi, double forHours) implements Condition {
        public AqiAbove {
            if (!(forHours > 0) || Double.isInfinite(forHours)) {
                throw new IllegalArgumentException("forHours must be a positive number, got " + forHours);
            }
        }

        /** The minimum duration in whole seconds (data may say 1.5 h). */
        public long minimumSeconds() {
            return Math.round(forHours * 3600);
        }

        @Override
        public String describe() {
            return "AQI > " + aqi + " for ≥ " + Hours.format(forHours) + " h";
        }

        @Override
        public List<Condition> leaves() {
            return List.of(this);
        }
    }

    /** AQI at or above {@code aqi} in any forecast period, however short. */
    record AqiReaches(int aqi) implements Condition {
        @Override
        public String describe() {
            return "AQI ≥ " + aqi;
        }

        @Override
        public List<Condition> leaves() {
            return List.of(this);
        }
    }

    private static List<Condition> nonEmpty(List<Condition> children, String kind) {
        if (children == null || children.isEmpty()) {
            throw new IllegalArgumentException(kind + " needs at least one condition");
        }
        return List.copyOf(children);
    }

    private static String join(List<Condition> children, String word) {
        if (children.size() == 1) {
            return children.get(0).describe();
        }
        return String.join(word, children.stream()
                .map(c -> c instanceof AqiAbove || c instanceof AqiReaches ? c.describe() : "(" + c.describe() + ")")
                .toList());
    }
}
