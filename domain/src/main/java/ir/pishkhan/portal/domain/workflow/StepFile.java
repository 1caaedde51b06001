package ir.pishkhan.portal.domain.workflow;

import ir.pishkhan.portal.domain.complaint.AttachmentContent;
import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;

import java.io.Serializable;
import java.time.Instant;

/**
 * A file a step of a workflow came with (an obligation's report, a side's statement in a dispute), checked by content
 * as any evidence file ({@link EvidenceFile}): who uploaded it and when are the step's. Its bytes are kept in the
 * attachments' content table, apart, so that timelines never load them. Each workflow's file is an entity of its own
 * table that adds its id, its record and its timeline entry.
 */
@MappedSuperclass
public abstract class StepFile implements Serializable {

    private static final long serialVersionUID = 1L;

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

    protected StepFile() {
    }

    protected StepFile(TimelineEntry<?, ?> step, EvidenceFile file) {
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.size = file.size();
        this.uploadedBy = step.getActor();
        this.uploadedAt = step.getAt();
        this.content = new AttachmentContent(file.content());
    }

    public abstract Long getId();

    /** The file's bytes (loaded only when asked for). */
    public byte[] data() {
        return content.getData();
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
