package ir.pishkhan.portal.domain.office;

import java.util.Optional;

/** The licences whose history is recorded, by their office's id (an office with none has had no change yet). */
public interface LicenceRepository {

    Optional<Licence> byOffice(long officeId);

    /** Stores a licence's first change with its office's id; a loaded one is stored with its new entries on commit. */
    void store(Licence licence);
}
