package ir.pishkhan.portal.domain.linerequest;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.EscalationRecord;
import ir.pishkhan.portal.domain.meeting.Resolution;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The complaint resolution 13 calls for when a provider refuses a line request as "not needed": opened on the office's
 * behalf, against the provider, in the transaction of the refusal, linked to resolutions 13 and 2, with a description
 * made from the request so that the office types nothing again. The domain gives the facts and the rule that the
 * description fits a complaint (the office's note is the one part shortened); the words are the application's, from
 * its message bundles ({@link Wording}).
 */
public final class EscalationComplaint {

    private EscalationComplaint() {
    }

    /** What the description tells, for the wording. {@code sentOn} and {@code officeNote} may be null. */
    public record Facts(String provider, LineKind kind, int quantity, String trackingNumber, LocalDate refusedOn,
                        String office, String licence, String address, LocalDate sentOn, String officeNote,
                        String refusalText, int meeting, int resolution13, int resolution2) {
    }

    /** Words the facts as the complaint's description (in the working group's language). */
    @FunctionalInterface
    public interface Wording {
        String describe(Facts facts);
    }

    /** Opens the complaint of an escalated refusal; see {@link LineRequest#openComplaint}. */
    static Complaint open(LineRequest r, Resolution resolution13, Resolution resolution2, Wording wording,
                          Instant now, String submissionKey) {
        Facts facts = facts(r, resolution13, resolution2, r.getNote());
        String description = description(wording, facts);
        EscalationRecord record = new EscalationRecord(r.getTrackingNumber(), r.getKind().name(), r.getRefusedBy(),
                resolution13.getMeeting().getNumber() + "/" + resolution13.getNumber());
        return Complaint.fromRefusedLineRequest(r.getOffice(), r.getProvider(), LineRequest.today(r.getRefusedAt()),
                description, resolution13, resolution2, r.filer(), record, now, submissionKey);
    }

    private static Facts facts(LineRequest r, Resolution r13, Resolution r2, String note) {
        return new Facts(r.getProvider().getNameFa(), r.getKind(), r.getQuantity(), r.getTrackingNumber(),
                LineRequest.today(r.getRefusedAt()), r.getOffice().getNameFa(), r.getOffice().getLicenceNumber(),
                r.getAddress(), r.getSentAt() == null ? null : LineRequest.today(r.getSentAt()), note, r.getRefusalText(),
                r13.getMeeting().getNumber(), r13.getNumber(), r2.getNumber());
    }

    /** The description, at most a complaint's limit: the office's note is shortened, never the refusal or the address. */
    public static String description(Wording wording, Facts facts) {
        String full = wording.describe(facts);
        String note = facts.officeNote();
        if (full.length() <= Complaint.TEXT_MAX || note == null) {
            return full;
        }
        int over = full.length() - Complaint.TEXT_MAX;
        int keep = Math.max(0, note.length() - over - 1);
        if (keep > 0 && Character.isHighSurrogate(note.charAt(keep - 1))) {
            keep--;
        }
        return wording.describe(new Facts(facts.provider(), facts.kind(), facts.quantity(), facts.trackingNumber(),
                facts.refusedOn(), facts.office(), facts.licence(), facts.address(), facts.sentOn(),
                note.substring(0, keep) + "…", facts.refusalText(), facts.meeting(), facts.resolution13(),
                facts.resolution2()));
    }
}
