package ir.pishkhan.portal.domain.tariff;

import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tariff rows of one service, oldest first, and the rules of a change: a positive amount, a resolution that
 * exists, a period that shares no day with another row of the service. The open row (no end) of a service ends the
 * day before a later row starts; nothing else of an earlier row changes. Only the secretariat sets a tariff.
 */
public final class TariffHistory {

    private final String serviceCode;
    private final List<Tariff> rows;

    public TariffHistory(String serviceCode, List<Tariff> rows) {
        this.serviceCode = serviceCode;
        this.rows = new ArrayList<>(rows);
        if (this.rows.stream().anyMatch(r -> !r.getServiceCode().equals(serviceCode))) {
            throw new IllegalArgumentException("rows of another service");
        }
        this.rows.sort(Comparator.comparing(Tariff::getEffectiveFrom));
    }

    /** The first tariff of a service (no row yet): its names, its amount and period, the resolution that set it. */
    public static Tariff first(String code, String nameFa, String nameEn, long rials, boolean provisional,
                               LocalDate from, Resolution resolution, Actor actor, Instant now) {
        requireSecretariat(actor);
        String c = Texts.required(code, 2, Tariff.CODE_MAX, "tariff.service.invalid");
        String fa = Texts.required(nameFa, 2, Tariff.NAME_MAX, "tariff.service.invalid");
        String en = Texts.required(nameEn, 2, Tariff.NAME_MAX, "tariff.service.invalid");
        validate(rials, from, null, resolution);
        return new Tariff(c, fa, en, rials, provisional, from, null, resolution, actor.username(), now);
    }

    /**
     * A change under a later resolution (a new amount, or the same made final): the new row from {@code from} to
     * {@code to} (null: open); the service's open row, if it started before {@code from}, ends the day before. A period
     * that shares a day with any other row is refused, and nothing changes.
     */
    public Tariff change(long rials, boolean provisional, LocalDate from, LocalDate to, Resolution resolution,
                         Actor actor, Instant now) {
        requireSecretariat(actor);
        Tariff last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (last == null) {
            throw new IllegalStateException("no tariff of " + serviceCode + " to change");
        }
        validate(rials, from, to, resolution);
        Tariff open = last.getEffectiveTo() == null && last.getEffectiveFrom().isBefore(from) ? last : null;
        for (Tariff r : rows) {
            boolean overlaps = r != open && r.overlaps(from, to);
            if (overlaps) {
                throw new BusinessException.InvalidInput("tariff.period.overlap", r.getEffectiveFrom(),
                        r.getEffectiveTo() == null ? "" : r.getEffectiveTo());
            }
        }
        if (open != null) {
            open.endOn(from.minusDays(1));
        }
        Tariff next = new Tariff(serviceCode, last.getServiceFa(), last.getServiceEn(), rials, provisional, from, to,
                resolution, actor.username(), now);
        rows.add(next);
        return next;
    }

    private static void validate(long rials, LocalDate from, LocalDate to, Resolution resolution) {
        if (rials <= 0) {
            throw new BusinessException.InvalidInput("tariff.amount.invalid");
        }
        if (resolution == null) {
            throw new BusinessException.InvalidInput("tariff.resolution.unknown");
        }
        if (from == null) {
            throw new BusinessException.InvalidInput("tariff.from.required");
        }
        if (to != null && to.isBefore(from)) {
            throw new BusinessException.InvalidInput("tariff.period.invalid");
        }
    }

    private static void requireSecretariat(Actor actor) {
        if (actor == null || actor.role() != Role.SECRETARIAT) {
            throw new BusinessException.AccessDenied();
        }
    }

    /** The row that applies on a day, if any. */
    public Optional<Tariff> on(LocalDate day) {
        return rows.stream().filter(r -> r.appliesOn(day)).findFirst();
    }

    /** Every row, oldest first. */
    public List<Tariff> rows() {
        return List.copyOf(rows);
    }

    public String serviceCode() {
        return serviceCode;
    }
}
