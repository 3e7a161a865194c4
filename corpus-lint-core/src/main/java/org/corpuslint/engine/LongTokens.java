package org.corpuslint.engine;

/**
 * The runs of non-white-space characters in a text longer than a limit: how many there are,
 * and where the first one starts and how long it is. One linear pass.
 */
record LongTokens(int count, int firstStart, int firstLength) {

    static LongTokens find(CharSequence text, int limit) {
        int count = 0;
        int firstStart = -1;
        int firstLength = 0;
        int runStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!space) {
                if (runStart < 0) {
                    runStart = i;
                }
                continue;
            }
            if (runStart >= 0 && i - runStart > limit) {
                count++;
                if (firstStart < 0) {
                    firstStart = runStart;
                    firstLength = i - runStart;
                }
            }
            runStart = -1;
        }
        return new LongTokens(count, firstStart, firstLength);
    }
}
