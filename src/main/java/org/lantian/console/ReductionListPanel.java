package org.lantian.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.platform.security.CurrentScope;
import org.lantian.platform.security.ScopeTables;
import org.lantian.reduction.ReductionLists;
import org.lantian.reduction.list.Adequacy;
import org.lantian.reduction.list.Level;
import org.lantian.reduction.list.LinfenCounties;
import org.lantian.reduction.list.ReductionList;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The officers' reduction-list panel: the CSV import form (where the scope table offers the import), the list's
 * versions with the active one marked, and the 10/20/30 % check per county and level. A county officer sees their
 * own county only. Read through {@link ReductionLists}; the import is posted by the browser to the API.
 */
@Path("/console/reduction-list")
@Produces(MediaType.TEXT_HTML)
public class ReductionListPanel {

    static final int VERSIONS_SHOWN = 10;

    private final Template panel;
    private final ReductionLists lists;
    private final Pool pool;
    private final CurrentScope scope;
    private final ScopeTables table;
    private final SecurityIdentity identity;

    ReductionListPanel(@Location("console/reduction-list.html") Template panel, ReductionLists lists, Pool pool,
                       CurrentScope scope, ScopeTables table, SecurityIdentity identity) {
        this.panel = panel;
        this.lists = lists;
        this.pool = pool;
        this.scope = scope;
        this.table = table;
        this.identity = identity;
    }

    /** A version of the list as the panel shows it. */
    record VersionRow(int version, String importedAt, String importedBy, int enterprises, int measures, boolean active) {
    }

    /** One pollutant's share at a level: the percent the list cuts and the tonnes missing (0 when met). */
    record AdequacyCell(String pollutant, double percent, double shortfall, boolean meets) {
    }

    /** One region at one level. */
    record AdequacyRow(String regionCode, String regionName, String level, String levelLabel, String levelColor,
                       int requiredPercent, int enterprises, boolean meets, List<AdequacyCell> cells) {
    }

    @GET
    @Operation(summary = "Console: the reduction list's import form, its versions and the 10/20/30 % check per county "
            + "and level (a county officer: the own county)")
    public Uni<TemplateInstance> panel(@CookieParam(ConsoleLanguage.COOKIE) String lang) {
        Locale locale = ConsoleLanguage.of(lang);
        String county = scope.get().confinedCounty();
        boolean importable = table.offered(identity, "POST", "/api/reduction-list").isPresent();
        return Uni.combine().all().unis(lists.current(pool), lists.versions(VERSIONS_SHOWN)).asTuple().map(t -> {
            ReductionLists.Active active = t.getItem1();
            List<VersionRow> versions = t.getItem2().stream().map(v -> new VersionRow(v.version(),
                    ConsoleViews.time(v.importedAt()), v.importedBy(), v.enterprises(), v.measures(), v.active())).toList();
            List<String> regions = new ArrayList<>();
            if (county == null) {
                regions.add(LinfenCounties.CITY_CODE);
                regions.addAll(LinfenCounties.codes());
            } else {
                regions.add(county);
            }
            return panel.data("importable", importable).data("countyOnly", county != null)
                    .data("activeVersion", active.version()).data("versions", versions)
                    .data("adequacy", adequacy(active.list(), regions, locale)).setLocale(locale);
        });
    }

    static List<AdequacyRow> adequacy(ReductionList list, List<String> regions, Locale locale) {
        List<AdequacyRow> rows = new ArrayList<>();
        for (String region : regions) {
            String name = LinfenCounties.CITY_CODE.equals(region) ? (Labels.english(locale) ? "Linfen" : "临汾市")
                    : LinfenCounties.county(region).map(LinfenCounties.County::name).orElse(region);
            for (Level level : Level.values()) {
                Adequacy.Report report = Adequacy.check(list, Set.of(region), level, Optional.empty());
                List<AdequacyCell> cells = report.pollutants().stream().map(p -> new AdequacyCell(p.pollutant().name(),
                        round(p.percent()), round(p.shortfall()), p.meets())).toList();
                rows.add(new AdequacyRow(region, name, level.name(), Labels.level(level.name(), locale),
                        Labels.levelColor(level.name()), report.requiredPercent(), report.enterprises(), report.meets(), cells));
            }
        }
        return rows;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
