package ir.pishkhan.portal.domain.dispute;

import ir.pishkhan.portal.domain.complaint.EvidenceFile;
import ir.pishkhan.portal.domain.workflow.StepFile;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A file a side's statement came with ({@link StepFile}). */
@Entity
@Table(name = "dispute_file")
public class DisputeFile extends StepFile {

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

    protected DisputeFile() {
    }

    DisputeFile(Dispute dispute, DisputeEntry event, EvidenceFile file) {
        super(event, file);
        this.dispute = dispute;
        this.event = event;
    }

    @Override
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
}
