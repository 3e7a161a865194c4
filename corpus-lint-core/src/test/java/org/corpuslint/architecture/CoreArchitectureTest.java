package org.corpuslint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of corpus-lint-core, checked on its main sources: the layer order of
 * {@link CoreLayers}, no rule family using another, and no Maven type anywhere in the core.
 */
class CoreArchitectureTest {

    /** Maven runs the tests in the module folder. */
    static final Path MAIN_SOURCES = Path.of("src/main/java");

    private static final Layering LAYERING = new Layering(CoreLayers.ORDER);

    private static List<SourceReference> coreReferences() {
        assertTrue(Files.isDirectory(MAIN_SOURCES), "run from corpus-lint-core: " + MAIN_SOURCES);
        List<SourceReference> references =
                new JavaSourceScanner(CoreLayers.ROOT).scanTree(MAIN_SOURCES);
        // Guards against a scanner that silently finds nothing and so passes everything.
        assertTrue(references.size() > 100, "too few references found: " + references.size());
        return references;
    }

    @Test
    void everyCorePackageHasAPlaceInTheLayerOrder() {
        List<String> packages = JavaSourceScanner.packagesUnder(MAIN_SOURCES);
        assertTrue(packages.contains(CoreLayers.ROOT + ".engine"), packages.toString());
        assertEquals(List.of(), LAYERING.unplacedPackages(packages),
                "add new packages to CoreLayers.ORDER and docs/library.md");
    }

    @Test
    void noLayerUsesAHigherLayerOrAPeer() {
        assertEquals(List.of(), LAYERING.upwardReferences(coreReferences()));
    }

    @Test
    void noRuleFamilyUsesAnotherFamily() {
        assertEquals(List.of(), RuleFamilies.crossFamilyReferences(coreReferences()));
    }

    @Test
    void theCoreNeverUsesMavenTypes() {
        List<SourceReference> maven = new JavaSourceScanner(
                "org.apache.maven", "org.codehaus.plexus", "org.eclipse.aether")
                .scanTree(MAIN_SOURCES);
        assertEquals(List.of(), maven);
    }
}
