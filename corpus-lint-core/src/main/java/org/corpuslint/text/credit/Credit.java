package org.corpuslint.text.credit;

/**
 * A recognised photo credit.
 *
 * @param group the credit names itself as shared by several photos ({@code Photos: ...})
 */
public record Credit(boolean group) {}
