package org.lantian.demo;

import java.math.BigDecimal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.platform.http.BadRequest;

import io.smallrye.mutiny.Uni;

/** The bundled demo episode: start, stop and follow its replay. For admins (docs/episode.md). */
@Path("/api/admin/episode")
@Produces(MediaType.APPLICATION_JSON)
public class EpisodeResource {

    /** Faster than this the replay is only limited by Kafka; slower it is no demo. */
    static final double MAX_SPEED = 3600;
    static final double MIN_SPEED = 0.001;

    private final EpisodeReplay replay;
    private final DemoSettings settings;

    EpisodeResource(EpisodeReplay replay, DemoSettings settings) {
        this.replay = replay;
        this.settings = settings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start replaying the demo episode onto the input topics: {speed? (simulated hours per second, default 0.5), "
            + "seed? (integer), autoDecide? (accept its own proposals; default lantian.demo.episode.auto-decide)}; "
            + "409 while one is running")
    public Uni<EpisodeProgress> start(EpisodeRequest body) {
        double speed = speed(body == null ? null : body.speed());
        long seed = seed(body == null ? null : body.seed());
        boolean autoDecide = body == null || body.autoDecide() == null ? settings.episode().autoDecide() : body.autoDecide();
        return replay.start(settings.episode().scenario(), speed, seed, autoDecide);
    }

    @GET
    @Operation(summary = "The replay's progress: state, simulated time reached, messages sent of the total")
    public EpisodeProgress progress() {
        return replay.progress();
    }

    @DELETE
    @Operation(summary = "Stop the running replay (what was published stays); 404 when none is running")
    public EpisodeProgress stop() {
        if (!replay.stop()) {
            throw new NotFoundException("no episode is running");
        }
        return replay.progress();
    }

    private double speed(BigDecimal given) {
        if (given == null) {
            return settings.episode().speed();
        }
        if (given.compareTo(BigDecimal.valueOf(MIN_SPEED)) < 0 || given.compareTo(BigDecimal.valueOf(MAX_SPEED)) > 0) {
            throw new BadRequest("speed", "speed is simulated hours per real second, from " + MIN_SPEED + " to " + MAX_SPEED
                    + "; was " + given.toPlainString());
        }
        return given.doubleValue();
    }

    private long seed(BigDecimal given) {
        if (given == null) {
            return settings.episode().seed();
        }
        try {
            return given.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadRequest("seed", "seed must be a whole number within 64 bits; was " + given.toPlainString());
        }
    }
}
