package ir.pishkhan.portal.domain.delegation;

import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.workflow.Texts;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A grant or a withdrawal as asked for, checked: which offices, from which day, under which resolution or contract
 * (the basis: «مصوبه ۱۹ جلسه ۱۴», a contract's number). Bad input is refused with its message key, before anything is
 * written.
 */
public record DelegationStep(OfficeSelection selection, LocalDate effectiveOn, String basis) implements Serializable {

    public static final int BASIS_MAX = 200;

    public static DelegationStep checked(OfficeSelection selection, LocalDate effectiveOn, String basis, LocalDate today) {
        if (selection == null || selection.isWholeProvince()) {
            throw new BusinessException.InvalidInput("delegation.selection.required");
        }
        if (effectiveOn == null) {
            throw new BusinessException.InvalidInput("delegation.since.required");
        }
        if (effectiveOn.isAfter(today)) {
            throw new BusinessException.InvalidInput("delegation.since.future");
        }
        return new DelegationStep(selection, effectiveOn, Texts.required(basis, 1, BASIS_MAX, "delegation.basis.invalid"));
    }
}
