package ir.pishkhan.portal.persistence;

import ir.pishkhan.portal.domain.office.Licence;
import ir.pishkhan.portal.domain.office.LicenceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

@ApplicationScoped
public class JpaLicenceRepository implements LicenceRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    protected JpaLicenceRepository() {
    }

    public JpaLicenceRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Licence> byOffice(long officeId) {
        return Optional.ofNullable(em.find(Licence.class, officeId));
    }

    @Override
    public void store(Licence licence) {
        if (!em.contains(licence)) {
            em.persist(licence);
        }
    }
}
