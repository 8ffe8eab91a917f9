package org.lantian.reduction.list;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.lantian.reduction.list.LinfenCounties.County;
import org.lantian.reduction.list.LinfenCounties.Group;

/**
 * Deterministic generator of a SYNTHETIC demo reduction list for Linfen: 308 invented enterprises (30 in each plains
 * county, 14 in each of 古县/安泽/乡宁, 8 in each mountain county), all industries and grades, 1–3 production lines
 * each, with measures per level following the typical measures by grade of domain.md §5.
 *
 * <p>Emission model (per pollutant, kept in kilograms so every sum is exact): the annual emission is split into a
 * transport part (NOx 6 %, PM 3 %, VOCs 1 %, SO₂ 0 %), an outdoor-handling part (PM 5 % for industries with material
 * yards) and the process part, shared among the lines. Expected cuts: STOP = the line's process share; limit to
 * N % = (100 − N) % of it; coking time extended by h hours from 24 h = h/(24+h) of it (6 h → 20 %, 24 h → 50 %);
 * no China-IV trucks = 40 % of the transport part; no road transport = all of it; stop outdoor handling = the
 * outdoor-handling part; voluntary = 0. Basic-needs (heating) enterprises keep their lines at heat demand (以热定产):
 * a line is never cut more than down to that demand.
 */
public final class DemoListGenerator {

    /** The seed of the shipped demo file (src/main/resources/reduction/linfen-demo-list.csv). */
    public static final long DEFAULT_SEED = 20200110L;

    /** Classpath location of the shipped demo file. */
    public static final String RESOURCE = "/reduction/linfen-demo-list.csv";

    private static final int NORMAL_COKING_HOURS = 24;

    private record LineTemplate(String name, String process) {
    }

    private record Profile(double[] so2, double[] nox, double[] pm, double[] vocs, double[] baseline, String unit,
                           Indicator indicator, boolean yard, List<LineTemplate> lines) {
    }

    private static final Map<Industry, Profile> PROFILES = new EnumMap<>(Industry.class);

    static {
        PROFILES.put(Industry.STEEL, new Profile(r(300, 1500), r(800, 3000), r(400, 1600), r(40, 250), r(3000, 15000), "t/d",
                Indicator.ELECTRICITY, true, lines("sinter-1:烧结", "blast-furnace-1:高炉炼铁", "converter-1:转炉炼钢")));
        PROFILES.put(Industry.COKING, new Profile(r(80, 450), r(300, 1200), r(120, 500), r(150, 700), r(1500, 6000), "t/d",
                Indicator.OUTPUT, true, lines("coke-oven-1:炼焦", "coke-oven-2:炼焦", "coke-oven-3:炼焦")));
        PROFILES.put(Industry.CEMENT, new Profile(r(40, 300), r(400, 1500), r(60, 300), r(5, 25), r(2500, 6000), "t/d",
                Indicator.STACK_MONITORING, true, lines("kiln-1:熟料煅烧", "kiln-2:熟料煅烧", "mill-1:水泥粉磨")));
        PROFILES.put(Industry.BRICK, new Profile(r(15, 150), r(10, 80), r(8, 60), r(0.5, 5), r(20, 60), "万块/d",
                Indicator.ELECTRICITY, true, lines("tunnel-kiln-1:隧道窑焙烧", "tunnel-kiln-2:隧道窑焙烧", "tunnel-kiln-3:隧道窑焙烧")));
        PROFILES.put(Industry.LIME, new Profile(r(8, 80), r(20, 120), r(20, 120), r(0.3, 3), r(300, 1500), "t/d",
                Indicator.ELECTRICITY, true, lines("lime-kiln-1:石灰煅烧", "lime-kiln-2:石灰煅烧", "lime-kiln-3:石灰煅烧")));
        PROFILES.put(Industry.CASTING, new Profile(r(1, 15), r(3, 30), r(5, 50), r(5, 60), r(50, 500), "t/d",
                Indicator.ELECTRICITY, true, lines("cupola-1:冲天炉熔化", "electric-furnace-1:电炉熔化", "coating-1:涂装")));
        PROFILES.put(Industry.CHEMICAL, new Profile(r(5, 120), r(10, 200), r(5, 60), r(20, 400), r(100, 1500), "t/d",
                Indicator.GAS, false, lines("reactor-1:合成反应", "reactor-2:合成反应", "boiler-1:供热锅炉")));
        PROFILES.put(Industry.OTHER, new Profile(r(2, 60), r(5, 100), r(3, 40), r(1, 60), r(10, 300), "t/d",
                Indicator.ELECTRICITY, false, lines("line-1:生产", "line-2:生产", "line-3:生产")));
    }

    /** Industry weights per county group, in {@link Industry} order. */
    private static final Map<Group, int[]> INDUSTRY_WEIGHTS = Map.of(
            Group.PLAINS, new int[] {10, 14, 8, 16, 8, 18, 14, 12},
            Group.ANZE_GUXIAN_XIANGNING, new int[] {4, 24, 6, 16, 16, 6, 14, 14},
            Group.MOUNTAIN, new int[] {1, 6, 4, 30, 24, 6, 6, 23});

    /** Grade weights, in {@link Grade} order: A, LEADING, B, B_MINUS, C, D, NON_GRADED. */
    private static final int[] GRADE_WEIGHTS = {6, 3, 18, 15, 28, 12, 18};

    private static final Map<Group, Integer> PER_COUNTY = Map.of(
            Group.PLAINS, 30, Group.ANZE_GUXIAN_XIANGNING, 14, Group.MOUNTAIN, 8);

    private DemoListGenerator() {
    }

    /** The shipped demo list. */
    public static ReductionList generate() {
        return generate(DEFAULT_SEED);
    }

    /** A demo list; the same seed always gives the same list. */
    public static ReductionList generate(long seed) {
        Random random = new Random(seed);
        List<EnterprisePlan> plans = new ArrayList<>();
        int serial = 0;
        for (County county : LinfenCounties.all()) {
            int n = PER_COUNTY.get(county.group());
            for (int i = 0; i < n; i++) {
                serial++;
                // The first enterprises cycle through the industries and grades so that every seed covers them all.
                Industry industry = serial <= Industry.values().length ? Industry.values()[serial - 1]
                        : Industry.values()[pick(random, INDUSTRY_WEIGHTS.get(county.group()))];
                Grade grade = serial <= Grade.values().length ? Grade.values()[serial - 1]
                        : Grade.values()[pick(random, GRADE_WEIGHTS)];
                plans.add(enterprise(random, serial, county, industry, grade));
            }
        }
        return new ReductionList(plans);
    }

    /** Writes the demo list ({@link #DEFAULT_SEED}) to the path given as the first argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DemoListGenerator <output.csv>");
            System.exit(2);
        }
        ReductionListCsv.write(generate(), Path.of(args[0]));
    }

    // ---------------------------------------------------------------- one enterprise

    private static EnterprisePlan enterprise(Random random, int serial, County county, Industry industry, Grade grade) {
        Profile profile = PROFILES.get(industry);
        String first17 = "91" + county.code() + "MA0LD" + String.format("%04d", serial);
        String code = first17 + CreditCodes.checkCharacter(first17);
        String name = county.shortName() + "演示" + industry.chinese() + "有限公司-" + String.format("%03d", serial) + " (synthetic)";

        // totals in kg, multiples of 100 kg (0.1 t)
        Map<Pollutant, Long> total = new EnumMap<>(Pollutant.class);
        total.put(Pollutant.SO2, tenths(random, profile.so2()));
        total.put(Pollutant.NOX, tenths(random, profile.nox()));
        total.put(Pollutant.PM, tenths(random, profile.pm()));
        total.put(Pollutant.VOCS, tenths(random, profile.vocs()));
        double baseline = Math.round(profile.baseline()[0] + random.nextDouble() * (profile.baseline()[1] - profile.baseline()[0]));

        int lineCount = 1 + random.nextInt(3);
        List<LineTemplate> lines = profile.lines().subList(0, lineCount);
        double[] weights = new double[lineCount];
        double weightSum = 0;
        for (int i = 0; i < lineCount; i++) {
            weights[i] = 0.5 + random.nextDouble();
            weightSum += weights[i];
        }

        Map<Pollutant, Long> transport = new EnumMap<>(Pollutant.class);
        Map<Pollutant, Long> outdoor = new EnumMap<>(Pollutant.class);
        List<Map<Pollutant, Long>> lineKg = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            lineKg.add(new EnumMap<>(Pollutant.class));
        }
        for (Pollutant p : Pollutant.values()) {
            long t = total.get(p);
            long tr = Math.round(t * transportShare(p));
            long od = profile.yard() && p == Pollutant.PM ? Math.round(t * 0.05) : 0;
            transport.put(p, tr);
            outdoor.put(p, od);
            long process = t - tr - od;
            long assigned = 0;
            for (int i = 0; i < lineCount; i++) {
                long share = i == lineCount - 1 ? process - assigned : Math.round(process * weights[i] / weightSum);
                lineKg.get(i).put(p, share);
                assigned += share;
            }
        }

        boolean basicNeeds = (industry == Industry.COKING || industry == Industry.STEEL || industry == Industry.CHEMICAL
                || industry == Industry.OTHER) && random.nextInt(100) < 12;
        int demandPercent = 60 + 5 * random.nextInt(5);
        boolean staggered = (grade == Grade.B || grade == Grade.B_MINUS || grade == Grade.C || grade == Grade.D)
                && (industry == Industry.STEEL || industry == Industry.COKING || industry == Industry.CEMENT
                || industry == Industry.BRICK || industry == Industry.CASTING);

        Enterprise enterprise = new Enterprise(code, name, county.code(), industry, grade,
                new BaselineProduction(baseline, profile.unit()), tonnes(total),
                lines.stream().map(LineTemplate::name).toList(), basicNeeds, staggered, true);

        List<Measure> measures = new ArrayList<>();
        for (Level level : Level.values()) {
            measures.addAll(measures(level, enterprise, profile, lines, lineKg, transport, outdoor, basicNeeds, demandPercent));
        }
        return new EnterprisePlan(enterprise, measures);
    }

    /** Cut of production per line ordered for a grade at a level: 0 none, 20 or 50 %, 100 stop. */
    private static int lineCutPercent(Grade grade, Level level) {
        return switch (grade) {
            case A, LEADING -> 0;
            case B -> level == Level.YELLOW ? 0 : level == Level.ORANGE ? 20 : 100;
            case B_MINUS -> level == Level.YELLOW ? 20 : level == Level.ORANGE ? 50 : 100;
            case C, NON_GRADED -> level == Level.YELLOW ? 50 : 100;
            case D -> 100;
        };
    }

    private static List<Measure> measures(Level level, Enterprise e, Profile profile, List<LineTemplate> lines,
                                          List<Map<Pollutant, Long>> lineKg, Map<Pollutant, Long> transport,
                                          Map<Pollutant, Long> outdoor, boolean basicNeeds, int demandPercent) {
        Grade grade = e.grade();
        List<Measure> out = new ArrayList<>();
        if (grade == Grade.A || grade == Grade.LEADING) {
            out.add(new Measure(level, null, null, Action.VOLUNTARY, null, null, Emissions.ZERO, null,
                    grade == Grade.A ? "A级企业自主采取减排措施" : "引领性企业自主采取减排措施"));
            return out;
        }
        int cut = lineCutPercent(grade, level);
        int demandCut = 100 - demandPercent;
        for (int i = 0; i < lines.size(); i++) {
            LineTemplate line = lines.get(i);
            Map<Pollutant, Long> kg = lineKg.get(i);
            if (basicNeeds && cut > demandCut) {
                out.add(new Measure(level, line.name(), line.process(), Action.LIMIT_PERCENT, (double) demandPercent, null,
                        fraction(kg, demandCut / 100.0), Indicator.OUTPUT,
                        "以热定产：保障居民供暖，" + line.name() + "（" + line.process() + "）按供热需求限产至" + demandPercent + "%"));
            } else if (cut == 100) {
                out.add(new Measure(level, line.name(), line.process(), Action.STOP, null, null, fraction(kg, 1.0),
                        profile.indicator(), line.name() + "（" + line.process() + "）"
                        + (e.industry() == Industry.COKING ? "停产（焦炉保温闷炉）" : "停产")));
            } else if (cut > 0 && e.industry() == Industry.COKING) {
                int hours = cut == 20 ? 6 : 24; // h / (24 + h) = 20 % or 50 %
                out.add(new Measure(level, line.name(), line.process(), Action.EXTEND_COKING_TIME, null, (double) hours,
                        fraction(kg, hours / (double) (NORMAL_COKING_HOURS + hours)), profile.indicator(),
                        line.name() + " 结焦时间由" + NORMAL_COKING_HOURS + "小时延长至" + (NORMAL_COKING_HOURS + hours)
                                + "小时（减产约" + cut + "%）"));
            } else if (cut > 0) {
                out.add(new Measure(level, line.name(), line.process(), Action.LIMIT_PERCENT, (double) (100 - cut), null,
                        fraction(kg, cut / 100.0), profile.indicator(),
                        line.name() + "（" + line.process() + "）限产至" + (100 - cut) + "%（减产" + cut + "%）"));
            }
        }
        boolean stopAllTransport = grade == Grade.D && !basicNeeds;
        if (stopAllTransport) {
            out.add(new Measure(level, null, "物料运输", Action.NO_ROAD_TRANSPORT, null, null, fraction(transport, 1.0),
                    Indicator.GATE_RECORDS, "停止公路运输（原辅材料及产品）"));
        } else {
            out.add(new Measure(level, null, "物料运输", Action.NO_CHINA_IV_TRUCKS, null, null, fraction(transport, 0.4),
                    Indicator.GATE_RECORDS, "禁止国四及以下排放标准重型柴油货车进出厂区"));
        }
        boolean outdoorStop = profile.yard() && (grade == Grade.D || level != Level.YELLOW);
        if (outdoorStop) {
            out.add(new Measure(level, null, "物料装卸", Action.STOP_OUTDOOR_HANDLING, null, null, fraction(outdoor, 1.0),
                    Indicator.GATE_RECORDS, "停止露天物料装卸、转运作业"));
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private static double transportShare(Pollutant p) {
        return switch (p) {
            case SO2 -> 0;
            case NOX -> 0.06;
            case PM -> 0.03;
            case VOCS -> 0.01;
        };
    }

    private static Emissions fraction(Map<Pollutant, Long> kg, double f) {
        Map<Pollutant, Double> t = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            long v = f == 1.0 ? kg.get(p) : Math.round(kg.get(p) * f);
            t.put(p, v / 1000.0);
        }
        return Emissions.of(t);
    }

    private static Emissions tonnes(Map<Pollutant, Long> kg) {
        return fraction(kg, 1.0);
    }

    private static long tenths(Random random, double[] range) {
        double t = range[0] + random.nextDouble() * (range[1] - range[0]);
        return Math.round(t * 10) * 100;
    }

    private static int pick(Random random, int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int x = random.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private static double[] r(double min, double max) {
        return new double[] {min, max};
    }

    private static List<LineTemplate> lines(String... specs) {
        List<LineTemplate> out = new ArrayList<>();
        for (String s : specs) {
            String[] parts = s.split(":");
            out.add(new LineTemplate(parts[0], parts[1]));
        }
        return List.copyOf(out);
    }
}
