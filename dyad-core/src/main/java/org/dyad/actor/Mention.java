package org.dyad.actor;

import java.util.Objects;
import java.util.Optional;

/**
 * What a noun phrase refers to, as far as the sentence alone can tell.
 *
 * <ul>
 *   <li>{@link Kind#ENTITY}: a person, organisation or country ({@link #entity()} is present);</li>
 *   <li>{@link Kind#COLLECTIVE}: "the sides", "the parties", "the two countries": every party of the
 *       current exchange;</li>
 *   <li>{@link Kind#OTHER_PARTY}: "the opposite party", "the delegation", "the hosts": the party of the
 *       current exchange facing the event's other actor.</li>
 * </ul>
 *
 * @param head  the token index of the phrase head
 * @param text  the words of the phrase
 * @param basis how the text placed it
 */
public record Mention(Kind kind, Optional<Entity> entity, int head, String text, Basis basis) {
    public enum Kind { ENTITY, COLLECTIVE, OTHER_PARTY }

    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(basis, "basis");
        if ((kind == Kind.ENTITY) != entity.isPresent()) {
            throw new IllegalArgumentException("an ENTITY mention needs an entity, others none");
        }
    }

    public static Mention of(Entity e, int head, String text, Basis basis) {
        return new Mention(Kind.ENTITY, Optional.of(e), head, text, basis);
    }
}
