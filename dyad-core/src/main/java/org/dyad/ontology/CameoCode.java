package org.dyad.ontology;

import java.util.Objects;
import java.util.Optional;

/**
 * One CAMEO event code with what the ontology says of it. Immutable.
 *
 * @param code       the code, 2 to 4 digits ("05", "057", "0312")
 * @param name       the CAMEO name
 * @param root       the two-digit root ("05")
 * @param base       the three-digit base code ("057"; the root for a root code)
 * @param goldstein  Goldstein score (-10 .. +10), GDELT's values
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param ploverType PLOVER event type (AGREE, CONSULT, ...) or empty where PLOVER drops the code
 * @param ploverMode PLOVER mode (visit, phone, ...) or empty
 */
public record CameoCode(String code, String name, String root, String base, double goldstein, int quadClass,
                        Optional<String> ploverType, Optional<String> ploverMode) {
    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(ploverType, "ploverType");
        Objects.requireNonNull(ploverMode, "ploverMode");
        if (!code.matches("\\d{2,4}") || quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("bad CAMEO code row: " + code);
        }
    }
}
