package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.agency.AgencyRepository;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingRepository;
import ir.pishkhan.portal.domain.meeting.Party;
import ir.pishkhan.portal.domain.meeting.PartyType;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Loads the reference data the portal cannot work without — the parties, the working group's meetings and
 * resolutions (from the 14th meeting's minutes, {@code seed/resolutions-14.json}, text verbatim), and the
 * province's service agencies ({@code seed/agencies.json}). Idempotent: what is there already is left alone.
 * Runs inside the caller's transaction.
 */
public final class ReferenceData {

    /** Parties that are bodies or groups rather than one agency. */
    private static final Map<String, PartyType> TYPES = Map.of(
            "ict-agencies", PartyType.AGENCY_GROUP,
            "all-agencies", PartyType.AGENCY_GROUP,
            "all-banks", PartyType.AGENCY_GROUP,
            "guild", PartyType.BODY,
            "working-group", PartyType.BODY,
            "secretariat", PartyType.BODY,
            "violations-board", PartyType.BODY,
            "offices", PartyType.OFFICES);

    private static final Set<String> SANCTIONS = Set.of("violations-board");

    private final MeetingRepository meetings;
    private final AgencyRepository agencies;

    public ReferenceData(MeetingRepository meetings, AgencyRepository agencies) {
        this.meetings = meetings;
        this.agencies = agencies;
    }

    /** @return true when anything was loaded now */
    public boolean load() {
        JsonObject seed = read("seed/resolutions-14.json");
        int meetingNumber = seed.getJsonObject("meeting").getInt("number");
        if (meetings.meeting(meetingNumber).isPresent()) {
            return false;
        }
        Map<String, Party> parties = new HashMap<>();
        seed.getJsonObject("parties").forEach((code, value) -> {
            JsonObject names = value.asJsonObject();
            Party party = new Party(code, names.getString("fa"), names.getString("en"),
                    TYPES.getOrDefault(code, PartyType.AGENCY));
            meetings.store(party);
            parties.put(code, party);
        });

        Map<Integer, Meeting> cited = new HashMap<>();
        for (JsonValue n : seed.getJsonArray("cited_meetings")) {
            int number = ((jakarta.json.JsonNumber) n).intValue();
            Meeting m = meetings.meeting(number).orElseGet(() -> Meeting.citedOnly(number));
            meetings.store(m);
            cited.put(number, m);
        }

        JsonObject mj = seed.getJsonObject("meeting");
        LocalDate heldOn = JalaliDates.parse(mj.getString("jalali")).orElseThrow();
        if (!heldOn.equals(LocalDate.parse(mj.getString("gregorian")))) {
            throw new IllegalStateException("The seed's meeting dates disagree");
        }
        Meeting meeting = Meeting.withMinutes(meetingNumber, heldOn, mj.getString("time"), mj.getString("place_fa"));

        for (JsonValue v : seed.getJsonArray("resolutions")) {
            JsonObject r = v.asJsonObject();
            Resolution resolution = meeting.addResolution(r.getInt("number"), r.getString("text_fa"),
                    r.getString("summary_en"), deadline(r.getJsonObject("deadline")));
            for (JsonValue k : r.getJsonArray("kind")) {
                resolution.addKind(ResolutionKind.fromCode(((JsonString) k).getString()));
            }
            for (String code : strings(r.getJsonArray("obligated"))) {
                resolution.addObligated(require(parties, code));
            }
            if (r.containsKey("reports_to")) {
                for (String code : strings(r.getJsonArray("reports_to"))) {
                    resolution.addReportsTo(require(parties, code));
                }
            }
            if (r.containsKey("sanction") && !SANCTIONS.contains(r.getString("sanction"))) {
                throw new IllegalStateException("Unknown sanction " + r.getString("sanction"));
            }
            if (r.containsKey("cites")) {
                for (JsonValue c : r.getJsonArray("cites")) {
                    JsonObject citation = c.asJsonObject();
                    Meeting earlier = cited.get(citation.getInt("meeting"));
                    int item = citation.getInt("item");
                    Resolution target = earlier.findResolution(item)
                            .orElseGet(() -> earlier.addResolution(item, null, null, Deadline.none()));
                    resolution.cite(target);
                }
            }
        }
        meetings.store(meeting);
        loadAgencies(parties);
        return true;
    }

    private void loadAgencies(Map<String, Party> parties) {
        for (JsonValue v : read("seed/agencies.json").getJsonArray("agencies")) {
            JsonObject a = v.asJsonObject();
            if (agencies.byCode(a.getString("code")).isPresent()) {
                continue;
            }
            Party party = a.containsKey("party") ? require(parties, a.getString("party")) : null;
            agencies.store(new Agency(a.getString("code"), a.getString("fa"), a.getString("en"),
                    AgencyKind.valueOf(a.getString("kind")), party));
        }
    }

    private static Deadline deadline(JsonObject d) {
        if (d == null) {
            return Deadline.none();
        }
        Deadline deadline;
        if (d.containsKey("absolute_jalali")) {
            deadline = Deadline.on(JalaliDates.parse(d.getString("absolute_jalali")).orElseThrow());
        } else {
            deadline = Deadline.within(d.getString("period"));
        }
        return deadline;
    }

    private static Iterable<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString::getString);
    }

    private static Party require(Map<String, Party> parties, String code) {
        Party p = parties.get(code);
        if (p == null) {
            throw new IllegalStateException("The seed names an unknown party: " + code);
        }
        return p;
    }

    static JsonObject read(String resource) {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing seed resource " + resource);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
