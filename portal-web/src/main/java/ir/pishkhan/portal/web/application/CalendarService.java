package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.calendar.BusinessCalendar;
import ir.pishkhan.portal.domain.calendar.Holiday;
import ir.pishkhan.portal.domain.calendar.HolidayImport;
import ir.pishkhan.portal.domain.calendar.HolidayRepository;
import ir.pishkhan.portal.domain.calendar.HolidayYear;
import ir.pishkhan.portal.domain.calendar.Weekend;
import ir.pishkhan.portal.domain.calendar.WorkingCalendar;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The working calendar deadlines are counted on, and the administrator's changes to it. Every command that sets a
 * deadline asks {@link #calendar()} for a fresh one: it reads each year's holidays once, for that command, so that it
 * never needs invalidating — a change made by an administrator on any instance is seen by the next command. Changes
 * are the administrator's only, and each is audited in its transaction.
 */
@Stateless
public class CalendarService {

    /** The audit entries of a year's holidays: the entity id is the Jalali year. */
    public static final String ENTITY = "HolidayYear";
    /** A holiday list is a few kilobytes; a larger "CSV" is something else. */
    public static final int IMPORT_MAX_BYTES = 256 * 1024;

    @Inject
    private HolidayRepository holidays;

    @Inject
    private AuditRecorder audit;

    @Inject
    @ConfigProperty(name = "portal.calendar.thursdayOff", defaultValue = "false")
    private boolean thursdayOff;

    @Resource
    private SessionContext session;

    /** The calendar in force now: the configured weekend and each year's holidays as stored (or built in). */
    @PermitAll
    public BusinessCalendar calendar() {
        HolidayRepository repository = holidays;
        return WorkingCalendar.of(weekend(), year -> HolidayYear.of(year, repository.ofYear(year)).holidays());
    }

    @PermitAll
    public Weekend weekend() {
        return Weekend.of(thursdayOff);
    }

    /** A year's holidays, as stored or (never changed) as built in. */
    @RolesAllowed(Roles.ADMIN)
    public List<Holiday> year(int year) {
        return load(year).holidays();
    }

    @RolesAllowed(Roles.ADMIN)
    public int confirmProposals(int year) {
        HolidayYear y = load(year);
        int n = y.confirmProposals();
        save(y);
        audit.record(caller(), ENTITY, year, "CONFIRM_PROPOSALS", String.valueOf(n));
        return n;
    }

    @RolesAllowed(Roles.ADMIN)
    public Holiday add(LocalDate day, String nameFa, String nameEn) {
        if (day == null) {
            throw new BusinessException.InvalidInput("calendar.holiday.date.required");
        }
        HolidayYear y = load(yearOf(day));
        Holiday h = y.add(day, nameFa, nameEn);
        save(y);
        audit.record(caller(), ENTITY, y.year(), "ADD", h.toString());
        return h;
    }

    @RolesAllowed(Roles.ADMIN)
    public void remove(LocalDate day) {
        if (day == null) {
            throw new BusinessException.InvalidInput("calendar.holiday.date.required");
        }
        HolidayYear y = load(yearOf(day));
        Holiday h = y.remove(day);
        save(y);
        audit.record(caller(), ENTITY, y.year(), "REMOVE", h.toString());
    }

    @RolesAllowed(Roles.ADMIN)
    public Holiday move(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new BusinessException.InvalidInput("calendar.holiday.date.required");
        }
        HolidayYear y = load(yearOf(from));
        String before = JalaliDates.toJalali(from);
        Holiday h = y.move(from, to);
        save(y);
        audit.record(caller(), ENTITY, y.year(), "MOVE", before + " → " + h);
        return h;
    }

    /**
     * A holiday list as CSV (UTF-8): all of it, or — one bad line — nothing, each bad line told ({@link
     * HolidayImport.Rejected}).
     */
    @RolesAllowed(Roles.ADMIN)
    public HolidayImport.Outcome importCsv(byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException.InvalidInput("calendar.import.empty");
        }
        if (content.length > IMPORT_MAX_BYTES) {
            throw new BusinessException.InvalidInput("calendar.import.tooLarge", IMPORT_MAX_BYTES / 1024);
        }
        HolidayImport list = HolidayImport.read(utf8(content));
        Map<Integer, HolidayYear> touched = new TreeMap<>();
        HolidayImport.Outcome outcome = list.applyTo(this::load, touched);
        for (HolidayYear y : touched.values()) {
            save(y);
            audit.record(caller(), ENTITY, y.year(), "IMPORT", outcome.toString());
        }
        return outcome;
    }

    /** Strict UTF-8: a file in another encoding would bring in garbled names, so it is refused. */
    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new BusinessException.InvalidInput("calendar.import.encoding");
        }
    }

    private HolidayYear load(int year) {
        if (year < 1300 || year > 1500) {
            throw new BusinessException.InvalidInput("calendar.year.invalid");
        }
        return HolidayYear.of(year, holidays.ofYear(year));
    }

    /** The whole year is stored at its first change (see {@link HolidayYear}); removed ones are deleted. */
    private void save(HolidayYear year) {
        year.holidays().forEach(holidays::store);
        year.removed().forEach(holidays::remove);
    }

    private static int yearOf(LocalDate day) {
        return JalaliDates.fields(day)[0];
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
