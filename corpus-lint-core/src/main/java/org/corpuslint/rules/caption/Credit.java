package org.corpuslint.rules.caption;

/**
 * A recognised photo credit.
 *
 * @param group the credit names itself as shared by several photos ({@code Photos: ...})
 */
record Credit(boolean group) {}
