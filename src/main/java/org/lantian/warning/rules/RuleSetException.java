package org.lantian.warning.rules;

/** Rule-set data that cannot be used; the message names the file and the offending field. */
public class RuleSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RuleSetException(String message) {
        super(message);
    }

    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
