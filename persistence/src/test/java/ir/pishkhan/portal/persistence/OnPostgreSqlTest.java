package ir.pishkhan.portal.persistence;

import org.junit.jupiter.api.Nested;

/** Every persistence contract, on a real PostgreSQL (see {@link TestDatabase} for how it is reached). */
class OnPostgreSqlTest {

    private static final TestDatabase DB = TestDatabase.POSTGRESQL;

    @Nested
    class Migrations extends MigrationsContract {
        Migrations() {
            super(DB);
        }
    }

    @Nested
    class Sequences extends SequencesContract {
        Sequences() {
            super(DB);
        }
    }

    @Nested
    class ReferenceData extends ReferenceDataContract {
        ReferenceData() {
            super(DB);
        }
    }

    @Nested
    class Agencies extends AgencyRepositoryContract {
        Agencies() {
            super(DB);
        }
    }

    @Nested
    class Delegations extends DelegationRepositoryContract {
        Delegations() {
            super(DB);
        }
    }

    @Nested
    class Offices extends OfficeRepositoryContract {
        Offices() {
            super(DB);
        }
    }

    @Nested
    class UserAccounts extends UserAccountRepositoryContract {
        UserAccounts() {
            super(DB);
        }
    }

    @Nested
    class OptimisticLocking extends OptimisticLockingContract {
        OptimisticLocking() {
            super(DB);
        }
    }

    @Nested
    class AuditLog extends AuditLogContract {
        AuditLog() {
            super(DB);
        }
    }

    @Nested
    class ApiKeys extends ApiKeyRepositoryContract {
        ApiKeys() {
            super(DB);
        }
    }

    @Nested
    class LoginThrottles extends LoginThrottleContract {
        LoginThrottles() {
            super(DB);
        }
    }

    @Nested
    class Complaints extends ComplaintRepositoryContract {
        Complaints() {
            super(DB);
        }
    }

    @Nested
    class LineRequests extends LineRequestRepositoryContract {
        LineRequests() {
            super(DB);
        }
    }

    @Nested
    class Notifications extends NotificationRepositoryContract {
        Notifications() {
            super(DB);
        }
    }

    @Nested
    class OutboxMails extends OutboxContract {
        OutboxMails() {
            super(DB);
        }
    }

    @Nested
    class Holidays extends HolidayRepositoryContract {
        Holidays() {
            super(DB);
        }
    }

    @Nested
    class Escalations extends EscalationRepositoryContract {
        Escalations() {
            super(DB);
        }
    }

    @Nested
    class Obligations extends ObligationRepositoryContract {
        Obligations() {
            super(DB);
        }
    }

    @Nested
    class Meetings extends MeetingRepositoryContract {
        Meetings() {
            super(DB);
        }
    }

    @Nested
    class Tariffs extends TariffRepositoryContract {
        Tariffs() {
            super(DB);
        }
    }

    @Nested
    class Licences extends LicenceRepositoryContract {
        Licences() {
            super(DB);
        }
    }

    @Nested
    class Disputes extends DisputeRepositoryContract {
        Disputes() {
            super(DB);
        }
    }
}
