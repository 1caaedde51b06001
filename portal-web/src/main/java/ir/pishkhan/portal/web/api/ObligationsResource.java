package ir.pishkhan.portal.web.api;

import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationFile;
import ir.pishkhan.portal.domain.obligation.ObligationFilter;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.ObligationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The key's agency's obligations under the working group's resolutions: listed (earliest deadline first), read with
 * their reports' files, and reported on, with files — the liaison's own command ({@link ObligationService}).
 */
@Path("v1/obligations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ObligationsResource extends ApiResource {

    @Inject
    private ObligationService obligations;

    @GET
    public Response list(@QueryParam("state") List<String> states, @QueryParam("after") String after,
                         @QueryParam("limit") Integer limit) {
        ObligationFilter filter = new ObligationFilter(choices(ObligationStatus.class, states, "state"), null, null,
                false, null, today(), false);
        return page(obligations.page(filter, pageRequest(ListOrder.DEADLINE_EARLIEST, after, limit)), this::summary);
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        ObligationService.ObligationView view = obligations.view(id);
        Map<String, Object> out = summary(view.obligation());
        out.put("actions", view.actions());
        out.put("timeline", timeline(view.timeline()));
        out.put("files", view.files().stream().map(f -> JsonOut.object("id", f.getId(), "name", f.getFileName(),
                "contentType", f.getContentType(), "size", f.getSize(), "uploadedAt", f.getUploadedAt(),
                "url", url("/api/v1/obligations/" + id + "/files/" + f.getId()))).toList());
        return ok(out);
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        ObligationFile f = obligations.file(fileId);
        if (!f.getObligation().getId().equals(id)) {
            throw new BusinessException.NotFound();
        }
        return Response.ok(f.data(), f.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + Files.encoded(f.getFileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The agency's report: {@code {"version": n, "text": "…", "files": [{"name": "…", "content": "<base64>"}]}}. */
    @POST
    @Path("{id}/report")
    public Response report(@PathParam("id") long id, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, InputStream in) {
        byte[] body = body(in);
        JsonObject json = json(body);
        return once(idempotencyKey, body, () -> stepped(obligations.report(id, version(json), text(json, "text"), files(json))));
    }

    private Map<String, Object> summary(Obligation o) {
        return JsonOut.object("id", o.getId(), "trackingNumber", o.getTrackingNumber(), "status", o.getStatus(),
                "resolution", o.getResolution().getMeeting().getNumber() + "/" + o.getResolution().getNumber(),
                "resolutionText", o.getResolution().getTextFa(), "filedAt", o.getFiledAt(),
                "deadline", o.getDeadline(), "overdue", o.isOverdue(today()), "reportedOn", o.getReportedOn(),
                "version", o.getVersion());
    }
}
