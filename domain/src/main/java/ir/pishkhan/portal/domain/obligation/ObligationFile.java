package ir.pishkhan.portal.domain.obligation;

import ir.pishkhan.portal.domain.complaint.AttachmentContent;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
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

import java.io.Serializable;
import java.time.Instant;

/**
 * A file a liaison's report came with (checked by content as any evidence file, {@link EvidenceFile}). Its bytes are
 * kept in the attachments' content table, apart, so that timelines never load them.
 */
@Entity
@Table(name = "obligation_file")
public class ObligationFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "obligation_file_seq", sequenceName = "obligation_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "obligation_file_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "obligation_id", nullable = false, updatable = false)
    private Obligation obligation;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private ObligationEntry event;

    @Column(name = "file_name", nullable = false, updatable = false, length = EvidenceFile.NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int size;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 40)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "content_id", nullable = false, updatable = false)
    private AttachmentContent content;

    protected ObligationFile() {
    }

    ObligationFile(Obligation obligation, ObligationEntry event, EvidenceFile file) {
        this.obligation = obligation;
        this.event = event;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.size = file.size();
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

    public Obligation getObligation() {
        return obligation;
    }

    /** The report it came with (the shared timeline shows it under that entry). */
    public ObligationEntry getEvent() {
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

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
