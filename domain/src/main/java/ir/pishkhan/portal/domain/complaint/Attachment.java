package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.workflow.Visibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A file attached to a complaint, with the visibility of the timeline entry it came with. Its bytes are kept apart. */
@Entity
@Table(name = "attachment")
public class Attachment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "complaint_id", nullable = false, updatable = false)
    private Complaint complaint;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id", nullable = false, updatable = false)
    private ComplaintEvent event;

    @Column(name = "file_name", nullable = false, updatable = false, length = EvidenceFile.NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, updatable = false, length = 12)
    private Visibility visibility;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 40)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @jakarta.persistence.OneToOne(fetch = FetchType.LAZY, optional = false, cascade = jakarta.persistence.CascadeType.PERSIST)
    @JoinColumn(name = "content_id", nullable = false, updatable = false)
    private AttachmentContent content;

    protected Attachment() {
    }

    Attachment(Complaint complaint, ComplaintEvent event, EvidenceFile file) {
        this.complaint = complaint;
        this.event = event;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.size = file.size();
        this.visibility = event.getVisibility();
        this.uploadedBy = event.getActor();
        this.uploadedAt = event.getAt();
        this.content = new AttachmentContent(file.content());
    }

    /** The file's bytes (loaded only when asked for). */
    public byte[] data() {
        return content.getData();
    }

    public Long getId() {
        return id;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public ComplaintEvent getEvent() {
        return event;
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

    public Visibility getVisibility() {
        return visibility;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
