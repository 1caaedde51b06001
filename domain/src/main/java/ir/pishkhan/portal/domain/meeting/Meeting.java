package ir.pishkhan.portal.domain.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A numbered meeting of the provincial working group. Earlier meetings that later resolutions cite exist as
 * records even where their minutes are not known.
 */
@Entity
@Table(name = "meeting")
public class Meeting implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The 14th meeting, whose resolutions the portal's rules cite by number (the kinds of complaint, the deadlines of
     * lines, the escalation of resolution 13).
     */
    public static final int FOURTEENTH = 14;

    @Id
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    private Long id;

    @Column(name = "number", nullable = false, unique = true)
    private int number;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "held_at", length = 5)
    private String heldAt;

    @Column(name = "place_fa", length = 200)
    private String placeFa;

    @Column(name = "minutes_known", nullable = false)
    private boolean minutesKnown;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<Resolution> resolutions = new ArrayList<>();

    protected Meeting() {
    }

    /** A meeting whose minutes the portal holds. */
    public static Meeting withMinutes(int number, LocalDate heldOn, String heldAt, String placeFa) {
        Meeting m = new Meeting(number);
        m.heldOn = heldOn;
        m.heldAt = heldAt;
        m.placeFa = placeFa;
        m.minutesKnown = true;
        return m;
    }

    /** A meeting known only because later resolutions cite it. */
    public static Meeting citedOnly(int number) {
        return new Meeting(number);
    }

    private Meeting(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("A meeting number is positive");
        }
        this.number = number;
    }

    /**
     * Adds a resolution of this meeting; numbers are unique within a meeting. Text is null where it is unknown.
     */
    public Resolution addResolution(int resolutionNumber, String textFa, String summaryEn, Deadline deadline) {
        if (findResolution(resolutionNumber).isPresent()) {
            throw new IllegalArgumentException("Meeting " + number + " already has resolution " + resolutionNumber);
        }
        Resolution r = new Resolution(this, resolutionNumber, textFa, summaryEn, deadline);
        resolutions.add(r);
        return r;
    }

    public Optional<Resolution> findResolution(int resolutionNumber) {
        return resolutions.stream().filter(r -> r.getNumber() == resolutionNumber).findFirst();
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getHeldAt() {
        return heldAt;
    }

    public String getPlaceFa() {
        return placeFa;
    }

    public boolean isMinutesKnown() {
        return minutesKnown;
    }

    public List<Resolution> getResolutions() {
        return Collections.unmodifiableList(resolutions);
    }
}
