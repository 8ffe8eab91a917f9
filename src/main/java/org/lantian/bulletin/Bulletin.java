package org.lantian.bulletin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.lantian.monitoring.RegionQueries;
import org.lantian.warning.WarningDetail;
import org.lantian.warning.WarningQueries;
import org.lantian.warning.rules.WarningLevel;

import io.smallrye.mutiny.Uni;

/**
 * The public bulletin: what is in force and the CAP messages of each warning, made from what warning and monitoring
 * answer through their query APIs (this package owns no table).
 */
@ApplicationScoped
public class Bulletin {

    static final String API = "/api/public/warnings";

    private final WarningQueries warnings;
    private final RegionQueries regions;
    private final PublicMeasures measures;
    private final BulletinSettings settings;
    private final Clock clock;

    Bulletin(WarningQueries warnings, RegionQueries regions, PublicMeasures measures, BulletinSettings settings, Clock clock) {
        this.warnings = warnings;
        this.regions = regions;
        this.measures = measures;
        this.settings = settings;
        this.clock = clock;
    }

    /** The path of a warning's CAP message of one version. */
    static String capPath(String warningId, int version) {
        return API + "/" + warningId + "/cap?version=" + version;
    }

    private Uni<Map<String, RegionQueries.RegionName>> regionNames() {
        return regions.names().map(list -> {
            Map<String, RegionQueries.RegionName> map = new LinkedHashMap<>();
            list.forEach(r -> map.put(r.code(), r));
            return map;
        });
    }

    private static Text name(Map<String, RegionQueries.RegionName> names, String code) {
        RegionQueries.RegionName n = names.get(code);
        return n == null ? new Text(code, code) : new Text(n.name(), n.nameEn());
    }

    /** Now, by the injected clock, in Asia/Shanghai. */
    OffsetDateTime now() {
        return CapXml.shanghai(OffsetDateTime.now(clock));
    }

    /** Every region's names, the city first, then the counties by code. */
    public Uni<List<RegionQueries.RegionName>> regions() {
        return regions.names();
    }

    /** The warnings in force now, and every region's level. */
    public Uni<PublicWarnings> active() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return regionNames().chain(names -> warnings.histories(now).map(details -> {
            List<PublicWarnings.PublicWarning> active = new ArrayList<>();
            for (WarningDetail d : details) {
                if (d.warning().active() && !d.actions().isEmpty()) {
                    active.add(publicWarning(d, name(names, d.warning().regionCode())));
                }
            }
            active.sort(Comparator.comparing(PublicWarnings.PublicWarning::regionCode));
            List<PublicWarnings.RegionLevel> levels = new ArrayList<>();
            PublicWarnings.PublicWarning city = null;
            for (RegionQueries.RegionName r : names.values()) {
                if (r.parentCode() == null) {
                    city = active.stream().filter(w -> w.regionCode().equals(r.code())).findFirst().orElse(null);
                }
            }
            for (RegionQueries.RegionName r : names.values()) {
                PublicWarnings.PublicWarning own = active.stream().filter(w -> w.regionCode().equals(r.code())).findFirst().orElse(null);
                PublicWarnings.PublicWarning inForce = own;
                if (r.parentCode() != null && city != null
                        && (own == null || WarningLevel.valueOf(city.level()).compareTo(WarningLevel.valueOf(own.level())) > 0)) {
                    inForce = city;
                }
                levels.add(inForce == null
                        ? new PublicWarnings.RegionLevel(r.code(), new Text(r.name(), r.nameEn()), WarningLevel.NONE.name(), null, null)
                        : new PublicWarnings.RegionLevel(r.code(), new Text(r.name(), r.nameEn()), inForce.level(), inForce.warningId(),
                                inForce.since()));
            }
            return new PublicWarnings(now.atZoneSameInstant(CapXml.SHANGHAI).toOffsetDateTime(), active, levels);
        }));
    }

    private PublicWarnings.PublicWarning publicWarning(WarningDetail d, Text region) {
        WarningDetail.Action last = d.actions().get(d.actions().size() - 1);
        WarningLevel level = d.warning().level();
        PublicMeasures.LevelText text = measures.of(level);
        Text headline = new Text(CapMessages.headline("zh", region.zh(), last.type(), text),
                CapMessages.headline("en", region.en(), last.type(), text));
        return new PublicWarnings.PublicWarning(d.warning().id(), d.warning().version(), d.warning().regionCode(), region,
                level.name(), text.name(), text.response(), text.colour(), d.warning().mandatory(),
                CapXml.shanghai(last.effectiveFrom()), CapXml.shanghai(d.warning().issuedAt()), headline, text.measures(),
                capPath(d.warning().id(), d.warning().version()));
    }

    /** Every CAP message of a warning, oldest first; empty when there is no such warning. */
    public Uni<Optional<List<CapMessage>>> messages(String warningId) {
        return regionNames().chain(names -> warnings.history(warningId).map(found -> found.map(d ->
                CapMessages.of(d, name(names, d.warning().regionCode()), measures, settings))));
    }

    /**
     * The messages of the warnings in force and of those lifted within the feed window, newest first (the Atom
     * feed); the newest message of each active warning is among them.
     */
    public Uni<List<CapMessage>> recentMessages() {
        OffsetDateTime since = OffsetDateTime.now(clock).minus(settings.feedWindow());
        return regionNames().chain(names -> warnings.histories(since).map(details -> {
            List<CapMessage> all = new ArrayList<>();
            for (WarningDetail d : details) {
                all.addAll(CapMessages.of(d, name(names, d.warning().regionCode()), measures, settings));
            }
            all.sort(Comparator.comparing(CapMessage::sent).thenComparing(CapMessage::identifier).reversed());
            return all;
        }));
    }

    /** The newest message of each warning in force, newest first. */
    public Uni<List<CapMessage>> currentMessages() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return regionNames().chain(names -> warnings.histories(now).map(details -> {
            List<CapMessage> current = new ArrayList<>();
            for (WarningDetail d : details) {
                List<CapMessage> messages = CapMessages.of(d, name(names, d.warning().regionCode()), measures, settings);
                if (d.warning().active() && !messages.isEmpty()) {
                    current.add(messages.get(messages.size() - 1));
                }
            }
            current.sort(Comparator.comparing(CapMessage::sent).thenComparing(CapMessage::identifier).reversed());
            return current;
        }));
    }
}
