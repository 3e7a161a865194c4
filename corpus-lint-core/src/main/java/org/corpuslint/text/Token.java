package org.corpuslint.text;

/** A word of a document: its text and where it stands (offsets into the document text). */
public record Token(String text, int start, int end) {

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
