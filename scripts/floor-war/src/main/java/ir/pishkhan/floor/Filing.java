package ir.pishkhan.floor;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A complaint filed through the floor application's form, with its one file. */
@Entity
@Table(name = "floor_filing")
public class Filing {
    @Id
    @GeneratedValue
    private Long id;
    private long agency;
    private String kind;
    private String occurred;
    private String official;
    private String description;
    private String fileName;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected Filing() {
    }

    public Filing(long agency, String kind, String occurred, String official, String description, String fileName,
                  byte[] content) {
        this.agency = agency;
        this.kind = kind;
        this.occurred = occurred;
        this.official = official;
        this.description = description;
        this.fileName = fileName;
        this.content = content.clone();
    }

    public Long getId() {
        return id;
    }
}
