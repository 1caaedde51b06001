package ir.pishkhan.portal.domain.user;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoleTest {

    @Test
    void onlyAnOfficeOperatorIsBoundToAnOffice() {
        assertEquals(EnumSet.of(Role.OFFICE_OPERATOR),
                Arrays.stream(Role.values()).filter(Role::isBoundToOffice)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    }

    @Test
    void onlyAnAgencyLiaisonIsBoundToAnAgency() {
        assertEquals(EnumSet.of(Role.AGENCY_LIAISON),
                Arrays.stream(Role.values()).filter(Role::isBoundToAgency)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    }

    @Test
    void theRoleNamesAreTheSecurityGroups() {
        // the names are stored in user_account.role and used as group names: renaming one breaks both
        assertEquals("OFFICE_OPERATOR,SECRETARIAT,GUILD,AGENCY_LIAISON,ADMIN",
                Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(",")));
    }
}
