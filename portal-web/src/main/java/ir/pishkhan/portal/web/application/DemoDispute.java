package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.dispute.Dispute;
import ir.pishkhan.portal.domain.dispute.DisputeRepository;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeRepository;
import ir.pishkhan.portal.domain.workflow.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolution 15's dispute — Post Bank with the offices «حرا», «آریا», «راه کربلا» and «شهدای فیض الهی», under
 * clause 9 of the 13th meeting — opened once, with the demo data (the four offices exist only there), by the portal
 * in the secretariat's name on the 14th meeting's day. Nothing else of it is invented: it stands open.
 */
final class DemoDispute {

    /** The offices resolution 15 names, by licence number ({@link DemoData}). */
    static final List<String> OFFICES = List.of("14-71-1101", "14-71-1102", "14-72-1103", "14-72-1104");
    static final int RESOLUTION = 15;

    private final DisputeRepository disputes;
    private final MeetingRepository meetings;
    private final AgencyRepository agencies;
    private final OfficeRepository offices;

    DemoDispute(DisputeRepository disputes, MeetingRepository meetings, AgencyRepository agencies,
                OfficeRepository offices) {
        this.disputes = disputes;
        this.meetings = meetings;
        this.agencies = agencies;
        this.offices = offices;
    }

    /** @return whether it was opened now (false: it is there already, or its parties are not) */
    boolean load(Actor by, Instant at) {
        Optional<Resolution> res15 = meetings.resolution(Meeting.FOURTEENTH, RESOLUTION);
        Optional<Agency> postBank = agencies.byCode("post-bank");
        if (res15.isEmpty() || postBank.isEmpty() || !disputes.ofResolution(res15.get().getId()).isEmpty()) {
            return false;
        }
        List<Office> sides = new ArrayList<>();
        for (String licence : OFFICES) {
            offices.byLicence(licence).ifPresent(sides::add);
        }
        if (sides.size() != OFFICES.size()) {
            return false;
        }
        Resolution cited = res15.get().getCites().isEmpty() ? null : res15.get().getCites().get(0);
        disputes.store(Dispute.open(postBank.get(), sides, res15.get().getTextFa(), res15.get(), cited, by, at));
        return true;
    }
}
