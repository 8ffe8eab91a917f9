package org.lantian.bulletin;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.lantian.reduction.ReductionLists;
import org.lantian.reduction.list.PublicReductionList;

import io.smallrye.mutiny.Uni;

/** The approved (active) reduction list as published to everyone (plan task 26, 清单向社会公布), no sign-in. */
@Path("/api/public/reduction-list")
public class PublicReductionListResource {

    private final ReductionLists lists;

    PublicReductionListResource(ReductionLists lists) {
        this.lists = lists;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The active reduction list for the public: name, county, industry, grade, measures per level "
            + "and emission permit (when the list gives one) of each enterprise, without the fields an administrator marked "
            + "confidential (no sign-in)")
    public Uni<PublicReductionList> list() {
        return lists.publicList();
    }
}
