package org.lantian.aqi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One calculator and the shared standards give the same results from many threads at once. */
class ThreadSafetyTest {

    @Test
    void parallelResultsEqualSequentialResults() {
        List<AqiInput> inputs = randomInputs(50_000);
        AqiCalculator calculator = new AqiCalculator();

        List<AqiResult> sequential = compute(calculator, inputs, false);
        List<AqiResult> parallel = compute(calculator, inputs, true);

        assertThat(parallel).isEqualTo(sequential);
    }

    private static List<AqiResult> compute(AqiCalculator calculator, List<AqiInput> inputs, boolean parallel) {
        IntStream indices = IntStream.range(0, inputs.size());
        return (parallel ? indices.parallel() : indices)
                .mapToObj(i -> calculator.compute(TestSupport.STANDARDS.all().get(i % 2),
                        AqiKind.values()[(i / 2) % 2], inputs.get(i)))
                .collect(Collectors.toList());
    }

    private static List<AqiInput> randomInputs(int count) {
        SplittableRandom random = new SplittableRandom(42);
        return IntStream.range(0, count)
                .mapToObj(i -> new AqiInput(value(random, 600), value(random, 700), value(random, 1200),
                        value(random, 800), value(random, 20), value(random, 900), value(random, 900),
                        value(random, 300)))
                .collect(Collectors.toList());
    }

    /** A value with one decimal, missing one time in ten. */
    private static Double value(SplittableRandom random, int max) {
        return random.nextInt(10) == 0 ? null : random.nextInt(max * 10) / 10.0;
    }
}
