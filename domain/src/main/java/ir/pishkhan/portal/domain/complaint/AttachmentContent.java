package ir.pishkhan.portal.domain.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;

/** The bytes of an attachment, in a table of their own so that lists and timelines never load them. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "attachment_content_seq", sequenceName = "attachment_content_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_content_seq")
    private Long id;

    @Column(name = "data", nullable = false, updatable = false)
    private byte[] data;

    protected AttachmentContent() {
    }

    public AttachmentContent(byte[] data) {
        this.data = data;
    }

    /** The stored bytes of a file checked by content (evidence, a meeting's minutes). */
    public static AttachmentContent of(EvidenceFile file) {
        return new AttachmentContent(file.content());
    }

    public byte[] getData() {
        return data.clone();
    }
}
