package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RolesTest {

    @Test
    void theConstantsAreTheDomainsRolesEachOnce() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field f : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                constants.add((String) f.get(null));
            }
        }
        assertEquals(Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)), constants);
    }
}
