package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.escalation.Escalation;
import ir.pishkhan.portal.domain.escalation.EscalationRepository;
import ir.pishkhan.portal.domain.escalation.LetterNumber;
import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.workflow.Workflow;
import ir.pishkhan.portal.web.report.EscalationLetter;
import ir.pishkhan.portal.web.report.Report;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.LocalDate;

/**
 * The formal letter the escalation ladder's letter rung issued for a record, to those who may see the record (else
 * not found, whichever it was: the record, or a letter for it). Written from the rung's row — its number, day and the
 * deadline it was counted from — so that the letter read again is the letter issued.
 */
@Stateless
public class EscalationLetters {

    @Inject
    private ComplaintService complaints;

    @Inject
    private LineRequestService lineRequests;

    @Inject
    private ObligationService obligations;

    @Inject
    private EscalationRepository escalations;

    @Inject
    private AgencyRepository agencies;

    /** Where a record's letter is downloaded from, under the context path (the view's {@code LetterServlet}). */
    public static String path(String workflow, long recordId) {
        return "/letters/" + workflow + "/" + recordId + ".pdf";
    }

    /** A letter as it is downloaded: its file's name and its text. */
    public record Letter(String fileName, Report report) {
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON})
    public Letter letter(String workflow, long recordId) {
        Workflow<?, ?, ?> record = switch (workflow) {
            case "complaint" -> complaints.seen(recordId);
            case "lineRequest" -> lineRequests.seen(recordId);
            case "obligation" -> obligations.seen(recordId);
            default -> throw new BusinessException.NotFound();
        };
        Escalation rung = escalations.of(workflow, recordId).stream()
                .filter(e -> e.getRung() == Rung.LETTER && e.letterNumber().isPresent()).findFirst()
                .orElseThrow(BusinessException.NotFound::new);
        LetterNumber number = rung.letterNumber().orElseThrow();
        Agency agency = agencies.byId(record.agencyId()).orElseThrow(BusinessException.NotFound::new);
        return new Letter(EscalationLetter.fileName(number), EscalationLetter.of(new EscalationLetter.Facts(number,
                LocalDate.ofInstant(rung.getTakenAt(), JalaliDates.ZONE), agency.getNameFa(), workflow,
                record.getTrackingNumber(), rung.getDeadline())));
    }
}
