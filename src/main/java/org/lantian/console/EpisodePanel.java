package org.lantian.console;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.demo.DemoSettings;
import org.lantian.demo.EpisodeProgress;
import org.lantian.demo.EpisodeReplay;
import org.lantian.platform.security.CurrentScope;
import org.lantian.platform.security.SignInSettings;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The administrator's page for the bundled demo episode (docs/episode.md): its progress, and the start and stop forms,
 * which post to {@code /api/admin/episode} like every console write. The progress panel reloads itself every second
 * while the replay runs and stops polling once it does not.
 */
@Path("/console/episode")
@Produces(MediaType.TEXT_HTML)
public class EpisodePanel {

    /**
     * The progress as the panel shows it: the headline figures, and every field the API answers (by its JSON name,
     * so fields added to {@link EpisodeProgress} appear without a change here).
     */
    record EpisodeView(String state, boolean running, String simulatedTime, int hoursReplayed, int hours, int sent,
                       int total, int badValues, String failure, Map<String, String> fields) {
    }

    /** Whether a replay may be started here, and the configured values the start form is filled with. */
    record StartForm(boolean demoInstallation, boolean shown, String speed, String seed, boolean autoDecide) {
    }

    private final Template page;
    private final Template panel;
    private final EpisodeReplay replay;
    private final DemoSettings settings;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final CurrentScope scope;
    /** Where the replay may start (DemoInstallation): the start form is offered only there. */
    private final boolean demoInstallation;

    EpisodePanel(@Location("console/episode.html") Template page, @Location("console/episode-progress.html") Template panel,
                 EpisodeReplay replay, DemoSettings settings, ObjectMapper json, SecurityIdentity identity, CurrentScope scope,
                 @ConfigProperty(name = SignInSettings.DEMO_ACCOUNTS, defaultValue = "false") boolean demoInstallation) {
        this.page = page;
        this.panel = panel;
        this.replay = replay;
        this.settings = settings;
        this.json = json;
        this.identity = identity;
        this.scope = scope;
        this.demoInstallation = demoInstallation;
    }

    @GET
    @Operation(summary = "Console: the demo episode's page (admin): its progress, the start form, the stop button")
    public TemplateInstance page(@CookieParam(ConsoleLanguage.COOKIE) String lang) {
        Locale locale = ConsoleLanguage.of(lang);
        return page.data("user", ConsoleUser.of(identity, scope.get(), locale)).setLocale(locale);
    }

    @GET
    @Path("progress")
    @Operation(summary = "Console: the demo episode's progress panel (admin), polling itself while the replay runs")
    public TemplateInstance progress(@CookieParam(ConsoleLanguage.COOKIE) String lang) {
        EpisodeView view = view(replay.progress());
        return panel.data("p", view).data("form", form(demoInstallation, view.running(), settings.episode()))
                .setLocale(ConsoleLanguage.of(lang));
    }

    EpisodeView view(EpisodeProgress p) {
        Map<String, Object> answered = json.convertValue(p, json.getTypeFactory().constructMapType(LinkedHashMap.class,
                String.class, Object.class));
        Map<String, String> fields = new LinkedHashMap<>();
        answered.forEach((name, value) -> fields.put(name, value == null ? "—" : String.valueOf(value)));
        return new EpisodeView(p.state(), "RUNNING".equals(p.state()), ConsoleViews.time(p.simulatedTime()), p.hoursReplayed(),
                p.hours(), p.sent(), p.total(), p.badValues(), p.failure(), fields);
    }

    static StartForm form(boolean demoInstallation, boolean running, DemoSettings.EpisodeSettings defaults) {
        return new StartForm(demoInstallation, demoInstallation && !running, plain(defaults.speed()),
                String.valueOf(defaults.seed()), defaults.autoDecide());
    }

    /** 0.5 as "0.5", 8.0 as "8": what a person would type. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
