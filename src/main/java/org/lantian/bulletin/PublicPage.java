package org.lantian.bulletin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.reduction.ReductionLists;
import org.lantian.reduction.list.Level;
import org.lantian.reduction.list.PublicReductionList;
import org.lantian.warning.rules.WarningLevel;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The public pages a citizen reads on a phone, no sign-in: the warnings in force per county with their colours and
 * public measures ({@code /public}), and the reduction list ({@code /public/reduction-list}). Chinese by default,
 * English with {@code ?lang=en}; the texts are {@code bulletin/page_zh.properties} and {@code page_en.properties}.
 */
@Path("/public")
@Produces(MediaType.TEXT_HTML)
public class PublicPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<String, Map<String, String>> TEXTS = Map.of("zh", texts("zh"), "en", texts("en"));

    /** One region on the page, in the page's language. */
    @io.quarkus.qute.TemplateData
    public record RegionView(String code, String name, String level, String levelName, String response, String colour,
                             boolean city, boolean fromCity, String since, String headline, boolean mandatory,
                             List<String> measures) {
    }

    /** One enterprise of the published list, in the page's language; null fields are withheld. */
    @io.quarkus.qute.TemplateData
    public record EnterpriseView(String name, String industry, String grade, boolean measuresWithheld,
                                 List<LevelMeasures> levels) {
    }

    /** An enterprise's measures at one level. */
    @io.quarkus.qute.TemplateData
    public record LevelMeasures(String level, String colour, List<String> measures) {
    }

    /** A county of the list with its enterprises. */
    @io.quarkus.qute.TemplateData
    public record CountyView(String code, String name, List<EnterpriseView> enterprises) {
    }

    private final Bulletin bulletin;
    private final ReductionLists lists;
    private final PublicMeasures measures;
    private final Template warnings;
    private final Template reductionList;

    PublicPage(Bulletin bulletin, ReductionLists lists, PublicMeasures measures,
               @Location("public/warnings.html") Template warnings,
               @Location("public/reduction-list.html") Template reductionList) {
        this.bulletin = bulletin;
        this.lists = lists;
        this.measures = measures;
        this.warnings = warnings;
        this.reductionList = reductionList;
    }

    static String lang(String requested) {
        return "en".equalsIgnoreCase(requested) ? "en" : "zh";
    }

    @GET
    @Operation(summary = "The public bulletin page: the warnings in force per county, their colours and public measures "
            + "(Chinese; ?lang=en for English)")
    public Uni<TemplateInstance> page(@QueryParam("lang") String requested) {
        String lang = lang(requested);
        return bulletin.active().map(active -> {
            Map<String, PublicWarnings.PublicWarning> byId = new LinkedHashMap<>();
            active.warnings().forEach(w -> byId.put(w.warningId(), w));
            List<RegionView> regions = new ArrayList<>();
            for (PublicWarnings.RegionLevel r : active.regions()) {
                PublicWarnings.PublicWarning w = r.warningId() == null ? null : byId.get(r.warningId());
                boolean city = active.regions().get(0).regionCode().equals(r.regionCode());
                if (w == null) {
                    regions.add(new RegionView(r.regionCode(), r.name().in(lang), WarningLevel.NONE.name(), text(lang, "none"), "",
                            "#9AA5B1", city, false, null, null, true, List.of()));
                } else {
                    regions.add(new RegionView(r.regionCode(), r.name().in(lang), w.level(), w.levelName().in(lang),
                            w.response().in(lang), w.colour(), city, !w.regionCode().equals(r.regionCode()),
                            time(w.since()), w.headline().in(lang), w.mandatory(), w.measures().stream().map(m -> m.in(lang)).toList()));
                }
            }
            return warnings.data("t", TEXTS.get(lang)).data("lang", lang).data("regions", regions)
                    .data("active", active.warnings().size()).data("asOf", time(active.asOf()));
        });
    }

    @GET
    @Path("/reduction-list")
    @Operation(summary = "The public reduction-list page, by county (?county= one county; ?lang=en for English)")
    public Uni<TemplateInstance> reductionList(@QueryParam("lang") String requested, @QueryParam("county") String county) {
        String lang = lang(requested);
        return bulletin.regions().chain(regions -> lists.publicList().map(list -> {
            Map<String, CountyView> counties = new LinkedHashMap<>();
            regions.stream().filter(r -> r.parentCode() != null).forEach(r -> counties.put(r.code(),
                    new CountyView(r.code(), "en".equals(lang) ? r.nameEn() : r.name(), new ArrayList<>())));
            for (PublicReductionList.PublicEnterprise e : list.enterprises()) {
                CountyView c = counties.get(e.regionCode());
                if (c != null) {
                    c.enterprises().add(enterprise(e, lang));
                }
            }
            List<CountyView> shown = counties.values().stream()
                    .filter(c -> county == null || county.isBlank() || c.code().equals(county)).toList();
            return reductionList.data("t", TEXTS.get(lang)).data("lang", lang).data("counties", shown)
                    .data("allCounties", counties.values()).data("county", county == null ? "" : county)
                    .data("version", list.version()).data("count", list.enterpriseCount());
        }));
    }

    private EnterpriseView enterprise(PublicReductionList.PublicEnterprise e, String lang) {
        List<LevelMeasures> levels = new ArrayList<>();
        if (e.measures() != null) {
            for (Level l : Level.values()) {
                List<String> texts = e.measures().getOrDefault(l, List.of()).stream().map(m -> measure(m, lang)).toList();
                if (!texts.isEmpty()) {
                    levels.add(new LevelMeasures(text(lang, "level" + l.name()), measures.of(WarningLevel.valueOf(l.name())).colour(), texts));
                }
            }
        }
        String industry = e.industry() == null ? null : "en".equals(lang) ? e.industry() : e.industryZh();
        return new EnterpriseView(e.name(), industry, e.grade(), e.measures() == null, levels);
    }

    /** A measure as one line: its description where the list has one (and shows it), else what it orders. */
    private static String measure(PublicReductionList.PublicMeasure m, String lang) {
        if (m.description() != null && !"en".equals(lang)) {
            return m.description();
        }
        StringBuilder s = new StringBuilder(m.action());
        if (m.limitPercent() != null) {
            s.append(" ").append(m.limitPercent().intValue() == m.limitPercent() ? String.valueOf(m.limitPercent().intValue())
                    : String.valueOf(m.limitPercent())).append(" %");
        }
        if (m.hours() != null) {
            s.append(" +").append(m.hours()).append(" h");
        }
        if (m.line() != null) {
            s.append(" (").append(m.line()).append(")");
        }
        return s.toString();
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(CapXml.SHANGHAI).format(TIME);
    }

    private static String text(String lang, String key) {
        return TEXTS.get(lang).getOrDefault(key, key);
    }

    private static Map<String, String> texts(String lang) {
        try (InputStream in = PublicPage.class.getResourceAsStream("/bulletin/page_" + lang + ".properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new LinkedHashMap<>();
            p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
