package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.tariff.Tariff;
import ir.pishkhan.portal.domain.tariff.TariffHistory;
import ir.pishkhan.portal.domain.tariff.TariffRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The tariff register (res. 18): everyone signed in reads the tariffs that apply today and each service's history;
 * the secretariat, citing a resolution that exists, changes a tariff or makes it final — a new row, the open one
 * ended the day before ({@link TariffHistory}), in one transaction; a refusal saves nothing.
 */
@Stateless
public class TariffService {

    @Inject
    private TariffRepository tariffs;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON, Roles.ADMIN})
    public Page<Tariff> current(String text, PageRequest page) {
        Page<Tariff> p = tariffs.on(today(), text, page);
        p.items().forEach(TariffService::load);
        return p;
    }

    /** Every row of a service, oldest first; a service without a tariff does not exist. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.OFFICE, Roles.GUILD, Roles.LIAISON, Roles.ADMIN})
    public List<Tariff> history(String serviceCode) {
        List<Tariff> rows = serviceCode == null ? List.of() : tariffs.history(serviceCode);
        if (rows.isEmpty()) {
            throw new BusinessException.NotFound();
        }
        rows.forEach(TariffService::load);
        return rows;
    }

    /**
     * A change of a service's tariff under the resolution {@code meeting}/{@code number}: a new amount, or the same
     * made final; from {@code from} to {@code to} (null: open).
     */
    @RolesAllowed(Roles.SECRETARIAT)
    public Tariff change(String serviceCode, long rials, boolean provisional, LocalDate from, LocalDate to,
                         int meeting, int number) {
        List<Tariff> rows = serviceCode == null ? List.of() : tariffs.history(serviceCode);
        if (rows.isEmpty()) {
            throw new BusinessException.NotFound();
        }
        Resolution resolution = meetings.resolution(meeting, number)
                .orElseThrow(() -> new BusinessException.InvalidInput("tariff.resolution.unknown", meeting, number));
        Tariff next = new TariffHistory(serviceCode, rows).change(rials, provisional, from, to, resolution,
                Caller.actor(caller.account()), clock.instant());
        tariffs.store(next);
        return next;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), JalaliDates.ZONE);
    }

    private static void load(Tariff t) {
        t.getResolution().getMeeting().getNumber();
    }
}
