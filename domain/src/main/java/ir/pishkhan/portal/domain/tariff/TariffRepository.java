package ir.pishkhan.portal.domain.tariff;

import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;

import java.time.LocalDate;
import java.util.List;

/** The tariff register: rows are stored, and a row's end set; never deleted. */
public interface TariffRepository {

    /** Every row of a service, oldest first; none for a service without a tariff. */
    List<Tariff> history(String serviceCode);

    /** The rows that apply on a day, one per service at most, by service code; {@code text} (folded) filters. */
    Page<Tariff> on(LocalDate day, String text, PageRequest page);

    void store(Tariff tariff);
}
