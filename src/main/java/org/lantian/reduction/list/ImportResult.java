package org.lantian.reduction.list;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of importing a reduction-list CSV: either the whole list ({@link Imported}) or every problem found
 * ({@link Rejected}, never empty) — never both. Nothing is imported unless every row is valid.
 */
public sealed interface ImportResult permits ImportResult.Imported, ImportResult.Rejected {

    /** The list, when every row was valid. */
    Optional<ReductionList> reductionList();

    /** The problems, empty when the list was imported. */
    List<RowError> errors();

    default boolean ok() {
        return errors().isEmpty();
    }

    record Imported(ReductionList list) implements ImportResult {
        public Imported {
            java.util.Objects.requireNonNull(list, "list");
        }

        @Override
        public Optional<ReductionList> reductionList() {
            return Optional.of(list);
        }

        @Override
        public List<RowError> errors() {
            return List.of();
        }
    }

    record Rejected(List<RowError> errors) implements ImportResult {
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejected import needs at least one error");
            }
        }

        @Override
        public Optional<ReductionList> reductionList() {
            return Optional.empty();
        }
    }
}
