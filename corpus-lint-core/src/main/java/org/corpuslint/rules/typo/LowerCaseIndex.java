package org.corpuslint.rules.typo;

import java.util.Collection;

/**
 * Lower-case words, found by a word in any capitalisation without lower-casing a copy of it:
 * the word's lower-case hash and letters are read off its own letters. For words of Latin-1
 * letters only, whose lower case is each letter's lower case ({@code String.toLowerCase} maps
 * each of them to one letter); a word list asks this for every capitalised word of a corpus.
 */
final class LowerCaseIndex {

    private final String[] slots;
    private final int mask;

    LowerCaseIndex(Collection<String> lowerCaseWords) {
        int capacity = Integer.highestOneBit(Math.max(8, lowerCaseWords.size() * 2)) * 2;
        slots = new String[capacity];
        mask = capacity - 1;
        for (String word : lowerCaseWords) {
            int slot = firstSlot(word.hashCode());
            while (slots[slot] != null && !slots[slot].equals(word)) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = word;
        }
    }

    /** True when the index holds the lower case of {@code word}, a word of Latin-1 letters. */
    boolean containsLowerCaseOf(String word) {
        int hash = 0;
        for (int i = 0; i < word.length(); i++) {
            hash = 31 * hash + Character.toLowerCase(word.charAt(i));
        }
        for (int slot = firstSlot(hash); slots[slot] != null; slot = (slot + 1) & mask) {
            String entry = slots[slot];
            if (entry.hashCode() == hash && sameLowerCase(entry, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLowerCase(String entry, String word) {
        if (entry.length() != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (entry.charAt(i) != Character.toLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int firstSlot(int hash) {
        int mixed = hash * 0x9E3779B9;
        return (mixed ^ (mixed >>> 16)) & mask;
    }
}
