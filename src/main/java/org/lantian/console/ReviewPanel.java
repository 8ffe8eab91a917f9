package org.lantian.console;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.compliance.ListReview;
import org.lantian.compliance.ListReviews;
import org.lantian.platform.http.TextInput;
import org.lantian.platform.security.CurrentScope;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The consultation's list execution review of an episode (清单执行情况评估): achieved against promised cuts per county
 * as a chart, and the table per county and enterprise; a county officer sees the own county.
 */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ReviewPanel {

    private final Template review;
    private final ListReviews reviews;
    private final CurrentScope scope;

    ReviewPanel(@Location("console/review.html") Template review, ListReviews reviews, CurrentScope scope) {
        this.review = review;
        this.reviews = reviews;
        this.scope = scope;
    }

    /** A row of the tables: counts, and tonnes and ratios written out (SO₂ / NOx / PM / VOCs). */
    public record Row(String id, String countyCode, String enterpriseId, String name, String levels, int enterprises, int checked,
                      int compliant, int violation, int noBaseline, boolean measured, String achieved, String promised, String ratio) {
    }

    @GET
    @Path("/warnings/{id}/review")
    @Operation(summary = "Console: an episode's list execution review — achieved against promised cuts per county and "
            + "pollutant as a chart, the table per county and enterprise")
    public Uni<TemplateInstance> review(@PathParam("id") String id, @CookieParam(ConsoleLanguage.COOKIE) String lang) {
        Locale locale = ConsoleLanguage.of(lang);
        String warningId = TextInput.line("id", id, TextInput.ID_MAX);
        return reviews.of(warningId, scope.get().confinedCounty()).map(found -> {
            ListReview.Review r = found.orElseThrow(() -> new NotFoundException("no warning " + warningId));
            String title = r.regionCode() + " " + Labels.level(r.level(), locale);
            List<Row> counties = r.counties().stream().map(c -> county(c, c.countyCode())).toList();
            List<Row> enterprises = r.enterprises().stream().map(ReviewPanel::enterprise).toList();
            return review.data("review", r).data("levelLabel", Labels.level(r.level(), locale))
                    .data("from", ConsoleViews.time(r.from())).data("to", ConsoleViews.time(r.to()))
                    .data("chartSvg", ReviewChart.svg(r.counties(), title)).data("counties", counties)
                    .data("total", county(r.total(), "")).data("enterprises", enterprises).setLocale(locale);
        });
    }

    private static Row county(ListReview.CountyReview c, String code) {
        String county = code == null ? "" : code;
        return new Row("review-county-" + county, county, "", "", "", c.enterprises(), c.hours().checked(), c.hours().compliant(),
                c.hours().violation(), c.hours().noBaseline(), c.achieved() != null, tonnes(c.achieved()), tonnes(c.promised()),
                ratios(c.ratio()));
    }

    private static Row enterprise(ListReview.EnterpriseReview e) {
        return new Row("review-" + e.enterpriseId(), e.countyCode() == null ? "" : e.countyCode(), e.enterpriseId(),
                e.name() == null ? "" : e.name(), String.join(" → ", e.levels()), 1, e.hours().checked(), e.hours().compliant(),
                e.hours().violation(), e.hours().noBaseline(), e.achieved() != null, tonnes(e.achieved()), tonnes(e.promised()),
                ratios(e.ratio()));
    }

    private static String tonnes(ListReview.Tonnes t) {
        if (t == null) {
            return "";
        }
        return ReviewChart.tonnes(t.so2()) + " / " + ReviewChart.tonnes(t.nox()) + " / " + ReviewChart.tonnes(t.pm()) + " / "
                + ReviewChart.tonnes(t.vocs());
    }

    private static String ratios(ListReview.Ratios r) {
        return percent(r.so2()) + " / " + percent(r.nox()) + " / " + percent(r.pm()) + " / " + percent(r.vocs());
    }

    private static String percent(Double v) {
        return v == null ? "—" : Math.round(v * 100) + " %";
    }
}
