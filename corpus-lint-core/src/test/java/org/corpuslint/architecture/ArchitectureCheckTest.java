package org.corpuslint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of {@link CoreArchitectureTest} do catch what they are meant to catch. */
class ArchitectureCheckTest {

    private static final JavaSourceScanner SCANNER = new JavaSourceScanner("org.corpuslint");
    private static final Layering LAYERING = new Layering(CoreLayers.ORDER);

    @Test
    void importsStaticImportsWildcardsAndQualifiedNamesAreReferences() {
        String source = """
                package org.corpuslint.report;

                import java.util.List;
                import org.corpuslint.model.Finding;
                import static org.corpuslint.model.Severity.ERROR;
                import org.corpuslint.engine.*;

                class Writer {
                    long max = org.corpuslint.run.LintTarget.MAX;
                    org.corpuslint.report.Other same;
                }
                """;
        assertEquals(List.of(
                new SourceReference("org.corpuslint.report", "org.corpuslint.model", "W.java", 4),
                new SourceReference("org.corpuslint.report", "org.corpuslint.model", "W.java", 5),
                new SourceReference("org.corpuslint.report", "org.corpuslint.engine", "W.java", 6),
                new SourceReference("org.corpuslint.report", "org.corpuslint.run", "W.java", 9)),
                SCANNER.scan(source, "W.java"));
    }

    @Test
    void commentsAndLiteralsAreNotReferences() {
        String source = """
                package org.corpuslint.model;
                /** See {@link org.corpuslint.run.CheckExecutor}. */
                class A {
                    // org.corpuslint.fix.CorpusFixer
                    String s = "org.corpuslint.report.X \\" org.corpuslint.run.Y";
                    char c = '"';
                    String t = \"""
                        org.corpuslint.engine.LintConfig
                        \""";
                    Object o = org.corpuslint.text.Token.class;
                }
                """;
        assertEquals(List.of(
                new SourceReference("org.corpuslint.model", "org.corpuslint.text", "A.java", 10)),
                SCANNER.scan(source, "A.java"));
    }

    @Test
    void anUpwardImportIsReported() {
        List<SourceReference> refs = SCANNER.scan("""
                package org.corpuslint.baseline;
                import org.corpuslint.run.EmptyRun;
                """, "baseline/Baseline.java");
        assertEquals(List.of("baseline/Baseline.java:2 (org.corpuslint.baseline ->"
                + " org.corpuslint.run): layer 'fix and baseline' uses higher layer 'run'"),
                LAYERING.upwardReferences(refs));
    }

    @Test
    void peersOfALayerMayNotUseEachOtherUnlessTheLayerIsEntangled() {
        List<SourceReference> refs = List.of(
                new SourceReference("org.corpuslint.fix", "org.corpuslint.baseline", "F.java", 3),
                new SourceReference("org.corpuslint.config", "org.corpuslint.engine", "C.java", 4),
                new SourceReference("org.corpuslint.text.credit", "org.corpuslint.text", "T.java",
                        5),
                new SourceReference("org.corpuslint.run", "org.corpuslint.model", "R.java", 6));
        assertEquals(List.of("F.java:3 (org.corpuslint.fix -> org.corpuslint.baseline): peers in"
                + " layer 'fix and baseline' may not use each other"),
                LAYERING.upwardReferences(refs));
    }

    @Test
    void aRuleFamilyUsingAnotherIsReportedButItsOwnSubPackageIsNot() {
        List<SourceReference> refs = List.of(
                new SourceReference("org.corpuslint.rules.typo", "org.corpuslint.rules.caption",
                        "T.java", 7),
                new SourceReference("org.corpuslint.rules.typo", "org.corpuslint.rules.typo.data",
                        "T.java", 8),
                new SourceReference("org.corpuslint.rules", "org.corpuslint.rules.typo",
                        "B.java", 9));
        assertEquals(List.of("T.java:7 (org.corpuslint.rules.typo -> org.corpuslint.rules.caption):"
                + " rule family 'typo' uses family 'caption'"),
                RuleFamilies.crossFamilyReferences(refs));
        // the registry sits above the families; a family using the registry is upward
        assertEquals(1, LAYERING.upwardReferences(List.of(new SourceReference(
                "org.corpuslint.rules.date", "org.corpuslint.rules", "D.java", 1))).size());
        assertEquals(List.of(), LAYERING.upwardReferences(refs.subList(2, 3)));
    }

    @Test
    void aPackageOutsideTheOrderIsUnplaced() {
        assertEquals(List.of("org.corpuslint.cli"), LAYERING.unplacedPackages(List.of(
                "org.corpuslint.cli", "org.corpuslint.text.credit", "org.corpuslint.rules.new")));
    }

    @Test
    void mavenTypesAreFound() {
        assertEquals(List.of(new SourceReference("org.corpuslint.engine",
                "org.apache.maven.plugin", "E.java", 2)),
                new JavaSourceScanner("org.apache.maven").scan("""
                        package org.corpuslint.engine;
                        import org.apache.maven.plugin.AbstractMojo;
                        """, "E.java"));
    }
}
