package org.dyad.dictionary;

/**
 * An agent of an agent dictionary: a noun that names a kind of actor ({@code PRESIDENT [~GOV]}), its
 * code, and whether the code goes after the country ({@code ~GOV}: {@code GONGOV}) or before it
 * ({@code NGO~}: {@code NGOARN}).
 *
 * @param phrase the phrase (one of its forms)
 * @param code   the code without the tilde
 * @param prefix true for {@code [XXX~]}
 * @param file   where it was read
 * @param line   1-based line
 */
public record AgentEntry(Phrase phrase, String code, boolean prefix, String file, int line) {
}
