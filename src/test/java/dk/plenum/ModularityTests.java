package dk.plenum;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the feature packages honest: no reaching into another feature's internals, no cycles, and no
 * dependency a feature's {@code package-info} does not allow.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PlenumApplication.class);

    @Test
    void featuresOnlyUseEachOthersPublicPackages() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
