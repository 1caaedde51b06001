package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.Licence;
import ir.pishkhan.portal.domain.office.LicenceRepository;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.office.OfficeRepository;
import ir.pishkhan.portal.domain.tariff.TariffHistory;
import ir.pishkhan.portal.domain.tariff.TariffRepository;
import ir.pishkhan.portal.domain.workflow.Actor;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registers' reference data of the 14th meeting, after {@link ReferenceData} (its resolutions must be there):
 * resolution 18's tariff ({@code resolutions-14.json}'s {@code tariffs}, from the meeting's day, set by it), and the
 * licences of resolution 17 ({@code licences_named}) — 1059-14-72 revoked under meetings 10 and 11 (the resolutions
 * resolution 17 cites), the four others' conversion ordered by resolution 17 on the meeting's day — each an office
 * under a neutral name ({@code seed/registers-14.json}) with its licence recorded. Idempotent, each item on its own:
 * a service with a tariff, an office with a recorded licence, is left alone. Runs inside the caller's transaction.
 */
public final class ReferenceRegisters {

    private final MeetingRepository meetings;
    private final TariffRepository tariffs;
    private final OfficeRepository offices;
    private final LicenceRepository licences;

    public ReferenceRegisters(MeetingRepository meetings, TariffRepository tariffs, OfficeRepository offices,
                              LicenceRepository licences) {
        this.meetings = meetings;
        this.tariffs = tariffs;
        this.offices = offices;
        this.licences = licences;
    }

    /**
     * @param by  who records them (the portal, in the secretariat's name)
     * @param at  when (the meeting's hour)
     * @return true when anything was loaded now
     */
    public boolean load(Actor by, Instant at) {
        JsonObject seed = ReferenceData.read("seed/resolutions-14.json");
        JsonObject readings = ReferenceData.read("seed/registers-14.json");
        int number = seed.getJsonObject("meeting").getInt("number");
        Meeting meeting = meetings.meeting(number).orElseThrow();
        LocalDate day = meeting.getHeldOn();
        boolean loaded = false;

        Map<String, JsonObject> services = new HashMap<>();
        for (JsonValue v : readings.getJsonArray("tariff_services")) {
            services.put(v.asJsonObject().getString("service_en"), v.asJsonObject());
        }
        for (JsonValue v : seed.getJsonArray("tariffs")) {
            JsonObject t = v.asJsonObject();
            JsonObject service = services.get(t.getString("service_en"));
            if (service == null) {
                throw new IllegalStateException("No reading of the tariff's service " + t.getString("service_en"));
            }
            if (!tariffs.history(service.getString("code")).isEmpty()) {
                continue;
            }
            Resolution resolution = meetings.resolution(number, t.getInt("resolution")).orElseThrow();
            tariffs.store(TariffHistory.first(service.getString("code"), service.getString("fa"),
                    t.getString("service_en"), t.getJsonNumber("rials").longValueExact(), t.getBoolean("provisional"),
                    day, resolution, by, at));
            loaded = true;
        }

        Map<String, JsonObject> named = new HashMap<>();
        for (JsonValue v : readings.getJsonArray("licence_offices")) {
            named.put(v.asJsonObject().getString("number"), v.asJsonObject());
        }
        Resolution res17 = meetings.resolution(number, 17).orElseThrow();
        for (JsonValue v : seed.getJsonArray("licences_named")) {
            JsonObject l = v.asJsonObject();
            String licence = l.getString("number");
            JsonObject o = named.get(licence);
            if (o == null) {
                throw new IllegalStateException("No neutral name for licence " + licence);
            }
            Office office = offices.byLicence(licence).orElseGet(() -> {
                Office made = new Office(licence, o.getString("fa"), o.getString("en"),
                        OfficeKind.valueOf(o.getString("kind")), o.getString("county_fa"), o.getString("county_en"),
                        null, LicenceStatus.ACTIVE);
                offices.store(made);
                return made;
            });
            if (office.getId() == null || licences.byOffice(office.getId()).isPresent()) {
                continue;
            }
            String state = l.getString("state");
            Licence recorded;
            if (state.startsWith("revoked")) {
                // revoked by the meetings resolution 17 cites (10/11, 11/6); on a day the portal does not know
                recorded = Licence.record(office, LicenceStatus.REVOKED, null, res17.getCites(), null, by, at);
            } else if (state.startsWith("conversion")) {
                recorded = Licence.record(office, LicenceStatus.CONVERSION_ORDERED, day, List.of(res17), null, by, at);
            } else {
                throw new IllegalStateException("Unknown licence state in the seed: " + state);
            }
            licences.store(recorded);
            loaded = true;
        }
        return loaded;
    }
}
