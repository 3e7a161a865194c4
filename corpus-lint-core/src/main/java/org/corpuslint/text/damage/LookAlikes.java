package org.corpuslint.text.damage;

import java.util.HashMap;
import java.util.Map;

/**
 * Letters of the Cyrillic and Greek scripts that look the same as a Latin letter in common
 * fonts, and the way back: the pairs a spoofed or badly transliterated name mixes.
 */
final class LookAlikes {

    /** Cyrillic or Greek letter → the Latin letter it looks like. */
    private static final Map<Integer, Integer> TO_LATIN = new HashMap<>();
    /** Latin letter → the Cyrillic letter it looks like. */
    private static final Map<Integer, Integer> TO_CYRILLIC = new HashMap<>();

    static {
        pairs(TO_LATIN, "аaеeоoрpсcуyхxіiјjѕsԁdһhԛqԝwАAВBЕEКKМMНHОOРPСCТTХXУYІIЈJЅS");
        pairs(TO_LATIN, "οoνvιiκkΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX");
        pairs(TO_CYRILLIC, "aаeеoоpрcсyуxхiіjјsѕAАBВEЕKКMМHНOОPРCСTТXХYУIІJЈSЅ");
    }

    private LookAlikes() {}

    private static void pairs(Map<Integer, Integer> map, String letters) {
        for (int i = 0; i < letters.length(); i += 2) {
            map.put((int) letters.charAt(i), (int) letters.charAt(i + 1));
        }
    }

    /** The letter of {@code script} that {@code letter} looks like, or -1. */
    static int in(Character.UnicodeScript script, int letter) {
        Map<Integer, Integer> map = switch (script) {
            case LATIN -> TO_LATIN;
            case CYRILLIC -> TO_CYRILLIC;
            default -> Map.of();
        };
        return map.getOrDefault(letter, -1);
    }
}
