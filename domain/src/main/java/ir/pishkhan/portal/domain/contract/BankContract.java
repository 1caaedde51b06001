package ir.pishkhan.portal.domain.contract;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.complaint.AttachmentContent;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A signed contract between a bank (resolution 20) or the post directorate (postal correspondence, resolution 16) and
 * an office: since when, its number, the signed file (PDF/JPEG/PNG, checked by content). Ending it keeps it
 * ({@code ended*}, {@code endedKey} its own id): one contract in force per agency and office.
 */
@Entity
@Table(name = "bank_contract")
public class BankContract implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The agencies that sign contracts with the offices: the banks (res. 20) and the post directorate (res. 16). */
    public static final Set<AgencyKind> PARTIES = Set.of(AgencyKind.BANK, AgencyKind.POST);

    public static final int REFERENCE_MAX = 100;

    @Id
    @SequenceGenerator(name = "bank_contract_seq", sequenceName = "bank_contract_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_contract_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "office_id", nullable = false, updatable = false)
    private Office office;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(name = "reference", updatable = false, length = REFERENCE_MAX)
    private String reference;

    @Column(name = "file_name", nullable = false, updatable = false, length = EvidenceFile.NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "content_id", nullable = false, updatable = false)
    private AttachmentContent content;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 40)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "ended_by", length = 40)
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_key", nullable = false)
    private long endedKey;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected BankContract() {
    }

    /** Records a contract signed; bad input is refused with its message key, nothing made. */
    public static BankContract signed(Agency agency, Office office, LocalDate signedOn, String reference,
                                      EvidenceFile file, Actor actor, Instant at, LocalDate today) {
        if (agency == null || !PARTIES.contains(agency.getKind())) {
            throw new BusinessException.NotFound();
        }
        if (office == null) {
            throw new BusinessException.InvalidInput("contract.office.required");
        }
        if (office.getStatus() != LicenceStatus.ACTIVE) {
            throw new BusinessException.InvalidInput("contract.office.inactive");
        }
        if (signedOn == null) {
            throw new BusinessException.InvalidInput("contract.signedOn.required");
        }
        if (signedOn.isAfter(today)) {
            throw new BusinessException.InvalidInput("contract.signedOn.future");
        }
        if (file == null) {
            throw new BusinessException.InvalidInput("contract.file.required");
        }
        BankContract c = new BankContract();
        c.agency = agency;
        c.office = office;
        c.signedOn = signedOn;
        c.reference = Texts.optional(reference, REFERENCE_MAX, "contract.reference.tooLong");
        c.fileName = file.fileName();
        c.contentType = file.contentType();
        c.size = file.size();
        c.content = AttachmentContent.of(file);
        c.recordedBy = actor.username();
        c.recordedAt = at;
        return c;
    }

    /** Ends the contract (it stays, marked ended). */
    public void end(Actor actor, Instant at) {
        if (!isInForce()) {
            throw new BusinessException.InvalidInput("contract.ended.already");
        }
        endedBy = actor.username();
        endedAt = at;
        endedKey = id;
    }

    public boolean isInForce() {
        return endedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public Office getOffice() {
        return office;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getReference() {
        return reference;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSize() {
        return size;
    }

    public AttachmentContent getContent() {
        return content;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public long getVersion() {
        return version;
    }
}
