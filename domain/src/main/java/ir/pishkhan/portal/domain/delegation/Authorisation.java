package ir.pishkhan.portal.domain.delegation;

import ir.pishkhan.portal.domain.office.Office;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An office authorised to offer a service (واگذاری خدمت): since when, under which resolution or contract, who granted
 * it. A withdrawal ends it ({@code withdrawn*} set, {@code endedKey} its own id) and nothing is deleted: the history of
 * a service's delegation is its authorisations and its {@link RegisterChange}s. Rows are written by the repository's
 * set-wise statements ({@link DelegationRepository#grant}, {@link DelegationRepository#withdraw}), so that granting to
 * every office of a county loads none of them; here they are read.
 */
@Entity
@Table(name = "authorisation")
public class Authorisation implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code ended_key} of an authorisation in force: one per service and office (a unique key on H2 and PostgreSQL). */
    public static final long IN_FORCE = 0L;

    @Id
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "service_id", nullable = false, insertable = false, updatable = false)
    private ServiceItem service;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "office_id", nullable = false, insertable = false, updatable = false)
    private Office office;

    @Column(name = "since", insertable = false, updatable = false)
    private LocalDate since;

    @Column(name = "basis", insertable = false, updatable = false)
    private String basis;

    @Column(name = "granted_by", insertable = false, updatable = false)
    private String grantedBy;

    @Column(name = "granted_at", insertable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "withdrawn_on", insertable = false, updatable = false)
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_by", insertable = false, updatable = false)
    private String withdrawnBy;

    @Column(name = "withdrawn_at", insertable = false, updatable = false)
    private Instant withdrawnAt;

    @Column(name = "withdrawn_basis", insertable = false, updatable = false)
    private String withdrawnBasis;

    @Column(name = "ended_key", insertable = false, updatable = false)
    private long endedKey;

    protected Authorisation() {
    }

    public Long getId() {
        return id;
    }

    public ServiceItem getService() {
        return service;
    }

    public Office getOffice() {
        return office;
    }

    public LocalDate getSince() {
        return since;
    }

    public String getBasis() {
        return basis;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBasis() {
        return withdrawnBasis;
    }

    public boolean isInForce() {
        return endedKey == IN_FORCE;
    }
}
