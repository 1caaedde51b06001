package ir.pishkhan.portal.domain.obligation;

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

/** A file a liaison's report came with ({@link StepFile}). */
@Entity
@Table(name = "obligation_file")
public class ObligationFile extends StepFile {

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

    protected ObligationFile() {
    }

    ObligationFile(Obligation obligation, ObligationEntry event, EvidenceFile file) {
        super(event, file);
        this.obligation = obligation;
        this.event = event;
    }

    @Override
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
}
