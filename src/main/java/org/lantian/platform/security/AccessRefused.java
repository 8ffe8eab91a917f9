package org.lantian.platform.security;

/**
 * A request reached for another tenant's object. Answered 403 for a county officer; for an enterprise
 * 404 exactly as for an object that does not exist, so it learns nothing of other enterprises, not even
 * that they exist. Either way the attempt is recorded (ACCESS_DENIED, rate-limited per actor).
 */
public class AccessRefused extends RuntimeException {

    private final Scope scope;
    private final Target target;

    public AccessRefused(Scope scope, Target target) {
        super(message(scope, target), null, false, false);
        this.scope = scope;
        this.target = target;
    }

    private static String message(Scope scope, Target target) {
        return switch (scope.reach()) {
            case OWN_ENTERPRISE -> "no " + target.describe();
            case OWN_COUNTY -> scope.actor() + " reads and acts for county " + scope.county() + " only; "
                    + target.describe() + " is " + (target.regionCode() == null ? "not of a county" : "in " + target.regionCode());
            default -> scope.actor() + " may not reach " + target.describe();
        };
    }

    public Scope scope() {
        return scope;
    }

    public Target target() {
        return target;
    }

    public boolean hidden() {
        return scope.reach() == Reach.OWN_ENTERPRISE;
    }
}
