package org.corpuslint.eval.typo;

/**
 * One error planted into a document: {@code original} at {@code start} was replaced by
 * {@code planted}.
 */
record Plant(String kind, String path, int start, String original, String planted) {

    int end() {
        return start + planted.length();
    }
}
