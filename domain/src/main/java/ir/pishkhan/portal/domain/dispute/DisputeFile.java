package ir.pishkhan.portal.domain.dispute;

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
 * A file a side's statement came with (checked by content as any evidence file, {@link EvidenceFile}). Its bytes are
 * kept in the attachments' content table, apart, so that timelines never load them.
 */
@Entity
@Table(name = "dispute_file")
public class DisputeFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "dispute_file_seq", sequenceName = "dispute_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispute_file_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    private Dispute dispute;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private DisputeEntry event;

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

    protected DisputeFile() {
    }

    DisputeFile(Dispute dispute, DisputeEntry event, EvidenceFile file) {
        this.dispute = dispute;
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

    public Dispute getDispute() {
        return dispute;
    }

    /** The statement it came with (the shared timeline shows it under that entry). */
    public DisputeEntry getEvent() {
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
