package ir.pishkhan.portal.web.api;

import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestFilter;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.linerequest.RefusalReason;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.LineRequestService;
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
 * The line requests sent to the key's agency as provider: listed, read, and updated — scheduled, installed or
 * refused — by the liaison's own commands ({@link LineRequestService}); a refusal resolution 13 forbids escalates,
 * as on the screens.
 */
@Path("v1/line-requests")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class LineRequestsResource extends ApiResource {

    @Inject
    private LineRequestService lines;

    /** The requests sent to the agency, newest first: {@code state} (repeatable). */
    @GET
    public Response list(@QueryParam("state") List<String> states, @QueryParam("after") String after,
                         @QueryParam("limit") Integer limit) {
        LineRequestFilter filter = new LineRequestFilter(choices(LineRequestStatus.class, states, "state"), null, null,
                null, false, null, false, today());
        return page(lines.page(filter, pageRequest(ListOrder.FILED_NEWEST, after, limit)), this::summary);
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        LineRequestService.LineRequestView view = lines.view(id);
        LineRequest r = view.request();
        Map<String, Object> out = summary(r);
        out.put("address", r.getAddress());
        out.put("note", r.getNote());
        out.put("refusalReason", r.getRefusalReason());
        out.put("refusalText", r.getRefusalText());
        out.put("actions", view.actions());
        out.put("timeline", timeline(view.timeline()));
        return ok(out);
    }

    /** {@code {"version": n, "date": "YYYY-MM-DD", "comment": "…"}} */
    @POST
    @Path("{id}/schedule")
    public Response schedule(@PathParam("id") long id, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, InputStream in) {
        byte[] body = body(in);
        JsonObject json = json(body);
        return once(idempotencyKey, body, () -> stepped(lines.schedule(id, version(json), date(json, "date"), text(json, "comment"))));
    }

    /** {@code {"version": n, "comment": "…"}} */
    @POST
    @Path("{id}/install")
    public Response install(@PathParam("id") long id, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, InputStream in) {
        byte[] body = body(in);
        JsonObject json = json(body);
        return once(idempotencyKey, body, () -> stepped(lines.install(id, version(json), text(json, "comment"))));
    }

    /** {@code {"version": n, "reason": "<RefusalReason>", "text": "…"}} */
    @POST
    @Path("{id}/refuse")
    public Response refuse(@PathParam("id") long id, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, InputStream in) {
        byte[] body = body(in);
        JsonObject json = json(body);
        RefusalReason reason = choice(RefusalReason.class, text(json, "reason"), "reason");
        return once(idempotencyKey, body, () -> stepped(lines.refuse(id, version(json), reason, text(json, "text"))));
    }

    private Map<String, Object> summary(LineRequest r) {
        return JsonOut.object("id", r.getId(), "trackingNumber", r.getTrackingNumber(), "status", r.getStatus(),
                "kind", r.getKind(), "quantity", r.getQuantity(), "office", r.getOffice().getNameFa(),
                "filedAt", r.getFiledAt(), "sentAt", r.getSentAt(), "scheduledFor", r.getScheduledFor(),
                "deadline", r.getDeadline(), "overdue", r.isOverdue(today()), "version", r.getVersion());
    }
}
