package org.lantian.reduction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lantian.eventlog.EventChain;
import org.lantian.eventlog.EventLog;
import org.lantian.eventlog.EventType;
import org.lantian.eventlog.LogEvent;
import org.lantian.reduction.list.Enterprise;
import org.lantian.reduction.list.ImportResult;
import org.lantian.reduction.list.PublicReductionList;
import org.lantian.reduction.list.ReductionList;
import org.lantian.reduction.list.ReductionListCsv;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The reduction list: imports (each a new, active version, its CSV kept), the
 * enterprise registry they update, and the active version kept parsed in
 * memory (directives for a whole city are built from it without a query per
 * enterprise). Other instances notice a newer version when they use it.
 */
@ApplicationScoped
public class ReductionLists {

    private static final Logger LOG = Logger.getLogger(ReductionLists.class);

    /** A parsed version. */
    public record Active(int version, ReductionList list) {
    }

    private final Pool pool;
    private final EnterpriseDirectory directory;
    private final EventLog log;
    private final boolean loadDemo;
    private final AtomicReference<Active> active = new AtomicReference<>(new Active(0, new ReductionList(List.of())));

    private final java.time.Clock clock;

    ReductionLists(Pool pool, EnterpriseDirectory directory, EventLog log, java.time.Clock clock,
                   @ConfigProperty(name = "lantian.reduction.demo-list", defaultValue = "false") boolean loadDemo) {
        this.pool = pool;
        this.clock = clock;
        this.directory = directory;
        this.log = log;
        this.loadDemo = loadDemo;
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        current(pool).await().indefinitely();
        if (active.get().version() == 0 && loadDemo) {
            try (InputStream in = getClass().getResourceAsStream("/reduction/linfen-demo-list.csv")) {
                ImportResult result = importCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8), "demo-loader")
                        .await().indefinitely();
                LOG.infof("Loaded the SYNTHETIC demo reduction list: %s", result.ok() ? "ok" : result.errors());
            }
        }
    }

    /** The active version, reloaded when another instance imported a newer one. */
    public Uni<Active> current(SqlClient client) {
        return client.query("SELECT id FROM reduction_list_version WHERE active").execute().chain(rows -> {
            int id = rows.iterator().hasNext() ? rows.iterator().next().getInteger(0) : 0;
            if (id == active.get().version()) {
                return Uni.createFrom().item(active.get());
            }
            return client.preparedQuery("SELECT csv FROM reduction_list_version WHERE id = $1").execute(Tuple.of(id))
                    .map(csv -> {
                        ReductionList list = ReductionListCsv.parse(csv.iterator().next().getString(0)).reductionList().orElseThrow();
                        Active loaded = new Active(id, list);
                        active.set(loaded);
                        return loaded;
                    });
        });
    }

    /** The active list as published to everyone (plan task 26): the fields an administrator marked confidential left out. */
    public Uni<PublicReductionList> publicList() {
        return current(pool).map(a -> PublicReductionList.of(a.version(), a.list()));
    }

    /** One imported version of the list, for the officers' console (without its CSV). */
    public record ListVersion(int version, java.time.OffsetDateTime importedAt, String importedBy, int enterprises,
                              int measures, boolean active) {
    }

    /** The newest imported versions, newest first, the active one marked. */
    public Uni<List<ListVersion>> versions(int limit) {
        return pool.preparedQuery("SELECT id, imported_at, imported_by, enterprises, measures, active "
                        + "FROM reduction_list_version ORDER BY id DESC LIMIT $1").execute(Tuple.of(limit))
                .map(rows -> {
                    List<ListVersion> out = new java.util.ArrayList<>();
                    rows.forEach(r -> out.add(new ListVersion(r.getInteger("id"), r.getOffsetDateTime("imported_at"),
                            r.getString("imported_by"), r.getInteger("enterprises"), r.getInteger("measures"),
                            r.getBoolean("active"))));
                    return out;
                });
    }

    public Uni<String> csv(int version) {
        return pool.preparedQuery("SELECT csv FROM reduction_list_version WHERE id = $1").execute(Tuple.of(version))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getString(0) : null);
    }

    /** Validates the whole file; only a file without a single bad row becomes the new active version. */
    public Uni<ImportResult> importCsv(String csv, String actor) {
        ImportResult result = ReductionListCsv.parse(csv);
        if (!result.ok()) {
            return Uni.createFrom().item(result);
        }
        ReductionList list = result.reductionList().orElseThrow();
        List<Enterprise> enterprises = list.enterprises();
        int measures = list.plans().stream().mapToInt(p -> p.measures().size()).sum();
        return pool.withTransaction(tx -> tx.query("UPDATE reduction_list_version SET active = false WHERE active").execute()
                        // imported_at: shown as the version's import time, business time like the event logging it
                        .chain(() -> tx.preparedQuery("INSERT INTO reduction_list_version (imported_by, enterprises, measures, active, csv, "
                                        + "imported_at) VALUES ($1, $2, $3, true, $4, $5) RETURNING id")
                                .execute(Tuple.of(actor, enterprises.size(), measures, csv, java.time.OffsetDateTime.now(clock))))
                        .call(() -> tx.preparedQuery("""
                                        INSERT INTO enterprise (id, name, county_code, industry, grade, synthetic)
                                        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bool[])
                                        ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, county_code = EXCLUDED.county_code,
                                            industry = EXCLUDED.industry, grade = EXCLUDED.grade, synthetic = EXCLUDED.synthetic
                                        """)
                                .execute(Tuple.tuple()
                                        .addArrayOfString(enterprises.stream().map(Enterprise::creditCode).toArray(String[]::new))
                                        .addArrayOfString(enterprises.stream().map(Enterprise::name).toArray(String[]::new))
                                        .addArrayOfString(enterprises.stream().map(Enterprise::countyCode).toArray(String[]::new))
                                        .addArrayOfString(enterprises.stream().map(e -> e.industry().name().toLowerCase()).toArray(String[]::new))
                                        .addArrayOfString(enterprises.stream().map(e -> e.grade().name()).toArray(String[]::new))
                                        .addArrayOfBoolean(enterprises.stream().map(Enterprise::synthetic).toArray(Boolean[]::new))))
                        .map(rows -> rows.iterator().next().getInteger(0))
                        .call(version -> log.append(tx, List.of(imported(version, actor, list, measures, csv)))))
                .invoke(version -> {
                    active.set(new Active(version, list));
                    LOG.infof("Reduction list version %d imported by %s: %d enterprises, %d measures", version, actor,
                            enterprises.size(), measures);
                })
                .call(version -> directory.ids().load())
                .replaceWith(result);
    }

    private LogEvent imported(int version, String actor, ReductionList list, int measures, String csv) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", version);
        payload.put("enterprises", list.enterprises().size());
        payload.put("measures", measures);
        payload.put("csvSha256", EventChain.sha256(csv));
        Map<String, Long> byCounty = new TreeMap<>();
        list.enterprises().forEach(e -> byCounty.merge(e.countyCode(), 1L, Long::sum));
        payload.put("enterprisesByCounty", byCounty);
        return log.event("reduction-list:" + version, EventType.REDUCTION_LIST_IMPORTED, null, null, null, null, actor, payload);
    }
}
