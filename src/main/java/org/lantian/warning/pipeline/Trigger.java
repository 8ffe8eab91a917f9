package org.lantian.warning.pipeline;

/**
 * What set a run off: its text goes with the proposal ({@code trigger}); observed hours may only
 * start a warning, so they propose nothing where one is in force.
 */
public record Trigger(String cause, boolean onlyWithoutWarning) {

    public static Trigger forecast(String cause) {
        return new Trigger(cause, false);
    }

    public static Trigger observed(String cause) {
        return new Trigger(cause, true);
    }

    public static Trigger regionalWarning(String cause) {
        return new Trigger(cause, false);
    }

    public static Trigger dryRun() {
        return new Trigger("dry-run", false);
    }
}
