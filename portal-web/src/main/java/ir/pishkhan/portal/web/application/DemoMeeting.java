package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * DEMO DATA, for the run command only (portal.demo-meeting): a meeting numbered {@value #NUMBER}, held a month before
 * the day it is loaded, with three resolutions whose deadlines lie around that day, so that a newcomer sees live,
 * overdue and met obligations — one verified on time, one reported late, one returned, one reported and awaiting the
 * secretariat, one declared violated, the rest open. Every text of it says it is demo data and not the working
 * group's: the meeting's place, each resolution's Persian text and English summary, each report. Never loaded in the
 * tests (they count the register and the obligations).
 */
final class DemoMeeting {

    /** A number no real meeting of the working group will have soon. */
    static final int NUMBER = 99;
    static final String MARK_FA = "[داده نمایشی — مصوبهٔ واقعی کارگروه نیست] ";
    static final String MARK_EN = "[DEMO DATA — not a resolution of the working group] ";

    private static final Actor SECRETARY = new Actor("dabir", Role.SECRETARIAT);
    private static final Actor POSTBANK = new Actor("liaison.postbank", Role.AGENCY_LIAISON);
    private static final Actor TELECOM = new Actor("liaison.telecom", Role.AGENCY_LIAISON);
    /** Liaisons of the other banks have no demo account: their steps are signed as a demo liaison. */
    private static final Actor BANK = new Actor("demo.liaison", Role.AGENCY_LIAISON);

    private final MeetingRepository meetings;
    private final ObligationOpening opening;

    DemoMeeting(MeetingRepository meetings, ObligationOpening opening) {
        this.meetings = meetings;
        this.opening = opening;
    }

    /** @return true when it was loaded now; false when it was there already */
    boolean load(LocalDate today) {
        if (meetings.meeting(NUMBER).isPresent()) {
            return false;
        }
        LocalDate heldOn = today.minusMonths(1);
        Meeting m = Meeting.withMinutes(NUMBER, heldOn, "10:00", "داده نمایشی (DEMO) — این جلسه برگزار نشده است");
        Resolution banks = m.addResolution(1, MARK_FA + "کلیه بانکهای استان موظفند ظرف ۲۰ روز قرارداد ارائهٔ خدمات"
                        + " با دفاتر پیشخوان منعقد و نسخهٔ آن را به دبیرخانه ارسال نمایند.",
                MARK_EN + "All banks of the province sign service contracts with the offices within 20 days.",
                Deadline.on(heldOn.plusDays(20)));
        banks.addKind(ResolutionKind.OBLIGATION);
        banks.addObligated(meetings.party("all-banks").orElseThrow());
        Resolution lines = m.addResolution(2, MARK_FA + "شرکت مخابرات استان گزارش خطوط واگذارشده به دفاتر را"
                        + " تا سه روز آینده به دبیرخانه ارائه نماید.",
                MARK_EN + "The telecom company reports on the lines given to the offices within days.",
                Deadline.on(today.plusDays(3)));
        lines.addKind(ResolutionKind.REPORT);
        lines.addObligated(meetings.party("telecom").orElseThrow());
        Resolution post = m.addResolution(3, MARK_FA + "اداره کل پست و پست بانک ظرف یک ماه آینده خدمات مرسولات"
                        + " را به همهٔ دفاتر روستایی واگذار نمایند.",
                MARK_EN + "The post directorate and Post Bank delegate parcel services to every rural office within a month.",
                Deadline.on(today.plusMonths(1)));
        post.addKind(ResolutionKind.OBLIGATION);
        post.addObligated(meetings.party("post").orElseThrow());
        post.addObligated(meetings.party("post-bank").orElseThrow());
        meetings.store(m);

        List<Obligation> opened = opening.open(m, SECRETARY, at(heldOn.plusDays(1), 9));
        Obligation postBank = find(opened, 1, "post-bank");
        postBank.report(POSTBANK, MARK_FA + "قرارداد با ۲۴۰ دفتر پیشخوان امضا شد.", List.of(), at(heldOn.plusDays(5), 11));
        postBank.verify(SECRETARY, MARK_FA + "نسخهٔ قرارداد دریافت شد.", at(heldOn.plusDays(7), 10));
        find(opened, 1, "bank-melli").report(BANK, MARK_FA + "قرارداد با دفاتر در حال امضاست؛ نسخه به‌زودی ارسال می‌شود.",
                List.of(), at(heldOn.plusDays(25), 12));
        Obligation sepah = find(opened, 1, "bank-sepah");
        sepah.report(BANK, MARK_FA + "قرارداد امضا شد.", List.of(), at(heldOn.plusDays(8), 9));
        sepah.returnReport(SECRETARY, MARK_FA + "نسخهٔ قرارداد پیوست نشده است؛ با پیوست دوباره گزارش کنید.",
                at(heldOn.plusDays(10), 10));
        Obligation tejarat = find(opened, 1, "bank-tejarat");
        tejarat.declareViolated(SECRETARY, MARK_FA + "مهلت گذشت و گزارشی نرسید.", today, at(today.minusDays(1), 10));
        find(opened, 2, "telecom").report(TELECOM, MARK_FA + "فهرست خطوط واگذارشده پیوست است.", List.of(),
                at(today.minusDays(1), 13));
        return true;
    }

    private static Obligation find(List<Obligation> opened, int resolution, String agency) {
        return opened.stream().filter(o -> o.getResolution().getNumber() == resolution
                && o.getAgency().getCode().equals(agency)).findFirst().orElseThrow();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(JalaliDates.ZONE).toInstant();
    }
}
