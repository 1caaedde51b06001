package ir.pishkhan.portal.web.api;

import ir.pishkhan.portal.domain.complaint.Attachment;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintFilter;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.ComplaintService;
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
import java.util.Set;

/**
 * The complaints forwarded to the key's agency: listed (key-paged, by state and filing day), read with their files,
 * answered with files — the liaison's own commands ({@link ComplaintService}).
 */
@Path("v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ComplaintsResource extends ApiResource {

    @Inject
    private ComplaintService complaints;

    /** The complaints forwarded to the agency, newest first: {@code state} (repeatable), {@code since} (filed on or after, ISO day). */
    @GET
    public Response list(@QueryParam("state") List<String> states, @QueryParam("since") String since,
                         @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        Set<ComplaintStatus> statuses = choices(ComplaintStatus.class, states, "state");
        ComplaintFilter filter = new ComplaintFilter(statuses, null, null, null, null, false, since(since), null, null,
                false, today());
        return page(complaints.page(filter, pageRequest(ListOrder.FILED_NEWEST, after, limit)), this::summary);
    }

    /** One complaint: its facts, its timeline as the agency sees it, its files (with where to fetch each), its version. */
    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        ComplaintService.ComplaintView view = complaints.view(id);
        Complaint c = view.complaint();
        var out = summary(c);
        out.put("occurredOn", c.getOccurredOn());
        out.put("officialName", c.getOfficialName());
        out.put("description", c.getDescription());
        out.put("outcome", c.getOutcome());
        out.put("actions", view.actions());
        out.put("timeline", timeline(view.timeline()));
        out.put("files", view.attachments().stream().map(a -> JsonOut.object("id", a.getId(), "name", a.getFileName(),
                "contentType", a.getContentType(), "size", a.getSize(), "uploadedAt", a.getUploadedAt(),
                "url", url("/api/v1/complaints/" + id + "/files/" + a.getId()))).toList());
        return ok(out);
    }

    /** A file of the complaint, when the agency may see the complaint and the entry it came with. */
    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        Attachment a = complaints.attachment(fileId);
        if (!a.getComplaint().getId().equals(id)) {
            throw new BusinessException.NotFound();
        }
        return Response.ok(a.data(), a.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + Files.encoded(a.getFileName()))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The agency's answer: {@code {"version": n, "text": "…", "files": [{"name": "…", "content": "<base64>"}]}}. */
    @POST
    @Path("{id}/answer")
    public Response answer(@PathParam("id") long id, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, InputStream in) {
        byte[] body = body(in);
        JsonObject json = json(body);
        return once(idempotencyKey, body, () -> stepped(complaints.answer(id, version(json), text(json, "text"), files(json))));
    }

    private java.util.Map<String, Object> summary(Complaint c) {
        return JsonOut.object("id", c.getId(), "trackingNumber", c.getTrackingNumber(), "status", c.getStatus(),
                "kind", c.getKind(), "office", c.getOffice().getNameFa(), "filedAt", c.getFiledAt(),
                "forwardedAt", c.getForwardedAt(), "deadline", c.getDeadline(), "overdue", c.isOverdue(today()),
                "version", c.getVersion());
    }
}
