package org.lantian.aqi;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Computes the AQI of HJ 633 (2012 or 2026). Stateless and thread-safe; the tables are prepared once
 * when the standards load, a call only allocates its result.
 *
 * <h2>Inputs per kind</h2>
 * Each row reads one {@link AqiInput} component against one table column and yields one sub-index.
 * <table>
 *   <caption>Readings of a HOURLY (real-time) AQI</caption>
 *   <tr><th>sub-index</th><th>input</th><th>column</th><th>required</th></tr>
 *   <tr><td>PM25</td><td>pm25 (1-hour mean)</td><td>pm25_24h</td><td>yes</td></tr>
 *   <tr><td>PM10</td><td>pm10 (1-hour mean)</td><td>pm10_24h</td><td>yes</td></tr>
 *   <tr><td>SO2</td><td>so2</td><td>so2_1h</td><td>yes</td></tr>
 *   <tr><td>NO2</td><td>no2</td><td>no2_1h</td><td>yes</td></tr>
 *   <tr><td>CO</td><td>co</td><td>co_1h</td><td>yes</td></tr>
 *   <tr><td>O3_1H</td><td>o3</td><td>o3_1h</td><td>yes</td></tr>
 *   <tr><td>O3_8H</td><td>o3_8h (rolling 8-hour mean)</td><td>o3_8h</td><td>no: adds when given</td></tr>
 * </table>
 * {@code so2_24h} is read in HOURLY only by the 2012 rule for SO2 1h above 800 (below).
 * <table>
 *   <caption>Readings of a DAILY AQI</caption>
 *   <tr><th>sub-index</th><th>input</th><th>column</th><th>required</th></tr>
 *   <tr><td>PM25</td><td>pm25 (24-hour mean)</td><td>pm25_24h</td><td>yes</td></tr>
 *   <tr><td>PM10</td><td>pm10 (24-hour mean)</td><td>pm10_24h</td><td>yes</td></tr>
 *   <tr><td>SO2</td><td>so2 (24-hour mean), or so2_24h when so2 is null</td><td>so2_24h</td><td>yes</td></tr>
 *   <tr><td>NO2</td><td>no2 (24-hour mean)</td><td>no2_24h</td><td>yes</td></tr>
 *   <tr><td>CO</td><td>co (24-hour mean)</td><td>co_24h</td><td>yes</td></tr>
 *   <tr><td>O3_8H</td><td>o3_8h (daily maximum 8-hour mean)</td><td>o3_8h</td><td>yes</td></tr>
 *   <tr><td>O3_1H</td><td>o3 (daily maximum 1-hour mean), only where the standard says so
 *       (2012; 2026 ignores o3 in DAILY)</td><td>o3_1h</td><td>no: adds when given</td></tr>
 * </table>
 * A pollutant is <em>missing</em> when its required reading gives no sub-index (its input is null,
 * or a replacement rule below has no input to use). Optional readings never make a pollutant present.
 *
 * <h2>Computation</h2>
 * <ol>
 *   <li>IAQI per reading, interpolated exactly and rounded up ({@link BreakpointColumn}); a value at a
 *       breakpoint gives that breakpoint's IAQI.</li>
 *   <li>Above the top breakpoint, the standard's rule for that column applies (data in
 *       {@code standards.csv}, see {@link BeyondTopRule}):
 *       <ul>
 *         <li>SO2 1h above 800: 2012 reports the SO2 sub-index from {@code so2_24h} read against the
 *             24-hour column; without {@code so2_24h} SO2 has no sub-index (the standard forbids using
 *             the 1-hour value and offers nothing else) and counts as missing. 2026: SO2 = 200.</li>
 *         <li>O3 8h above 800: 2012 drops the 8-hour sub-index and reports O3 by its 1-hour
 *             sub-index ({@code o3} against o3_1h); without {@code o3} O3 has no sub-index.
 *             2026: O3_8H = 300.</li>
 *         <li>Any other column (including O3 1h above 1200 and the 2012 replacement values themselves):
 *             the sub-index is 500 and the result is {@code beyondTable} ("500+").</li>
 *       </ul></li>
 *   <li>AQI = the largest sub-index; none at all gives NA.</li>
 *   <li>Missing data, where the standard has the rule (2026): if any pollutant is missing, the AQI
 *       computed from the rest is published only if above 100, otherwise NA. 2012 publishes it.</li>
 *   <li>Primary pollutants, when the published AQI is above 50: every pollutant whose IAQI (for O3 the
 *       larger of its two sub-indices) equals the AQI, in {@link Pollutant} order. A pollutant beyond
 *       its table ties with one exactly at the top breakpoint (both 500).</li>
 *   <li>Exceeding pollutants, where the standard lists them (2012): IAQI above 100.</li>
 * </ol>
 */
public final class AqiCalculator {

    private static final Pollutant[] POLLUTANTS = Pollutant.values();

    /**
     * The AQI of one set of concentrations.
     *
     * @param standard the HJ 633 version, usually {@link AqiStandards#forInstant} of the observation time
     * @param kind     HOURLY or DAILY; decides which columns the inputs are read against
     * @param input    the concentrations; missing ones are null
     * @return the AQI (null for NA), its category, primary and exceeding pollutants and every sub-index
     */
    public AqiResult compute(AqiStandard standard, AqiKind kind, AqiInput input) {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(input, "input");

        SubIndexSheet sheet = new SubIndexSheet();
        boolean pollutantMissing = false;
        for (ColumnReading reading : standard.readings(kind)) {
            boolean given = read(standard, reading, input, sheet);
            pollutantMissing |= reading.required() && !given;
        }

        if (sheet.isEmpty()) {
            return notAvailable(standard, kind, List.of(), sheet);
        }
        int[] byPollutant = sheet.byPollutant();
        Integer exceedingAbove = standard.exceedingAbove();
        List<Pollutant> exceeding = exceedingAbove == null ? List.of() : pollutants(byPollutant, exceedingAbove + 1);
        int aqi = sheet.max();
        Integer publishAbove = standard.missingPublishAbove();
        if (pollutantMissing && publishAbove != null && aqi <= publishAbove) {
            return notAvailable(standard, kind, exceeding, sheet);
        }
        List<Pollutant> primary = aqi > standard.primaryAbove() ? pollutants(byPollutant, aqi) : List.of();
        return new AqiResult(standard.id(), kind, aqi, sheet.beyondTable(), AqiCategory.of(aqi),
                primary, exceeding, sheet.toMap());
    }

    /** Records the reading's sub-index; false if it gives none. */
    private static boolean read(AqiStandard standard, ColumnReading reading, AqiInput input, SubIndexSheet sheet) {
        Double concentration = reading.concentration(input);
        if (concentration == null) {
            return false;
        }
        int iaqi = standard.column(reading.column()).iaqi(concentration);
        if (iaqi == BreakpointColumn.BEYOND) {
            return standard.beyondTop(reading.column()).apply(standard, input, reading.key(), sheet);
        }
        sheet.put(reading.key(), iaqi);
        return true;
    }

    private static AqiResult notAvailable(AqiStandard standard, AqiKind kind, List<Pollutant> exceeding,
                                          SubIndexSheet sheet) {
        return new AqiResult(standard.id(), kind, null, false, null, List.of(), exceeding, sheet.toMap());
    }

    /** Pollutants whose IAQI is at least {@code atLeast} (the AQI itself gives the ties), in enum order. */
    private static List<Pollutant> pollutants(int[] byPollutant, int atLeast) {
        Pollutant[] found = new Pollutant[POLLUTANTS.length];
        int count = 0;
        for (Pollutant pollutant : POLLUTANTS) {
            if (byPollutant[pollutant.ordinal()] >= atLeast) {
                found[count++] = pollutant;
            }
        }
        return List.of(Arrays.copyOf(found, count)); // immutable already: AqiResult keeps it as is
    }
}
