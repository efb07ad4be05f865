package se.stegvis.support;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;

/** The SQL of one changeset of a migration file under {@code migrations/changes}, for tests that run a fill again. */
public final class MigrationSql {
    private MigrationSql() {
    }

    /** The text of the changeset's (first) {@code <sql>} element. */
    public static String of(String file, String changeSet) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var doc = factory.newDocumentBuilder().parse(Path.of("migrations/changes", file).toFile());
            NodeList sets = doc.getElementsByTagNameNS("*", "changeSet");
            for (int i = 0; i < sets.getLength(); i++) {
                Element set = (Element) sets.item(i);
                if (set.getAttribute("id").equals(changeSet)) {
                    return set.getElementsByTagNameNS("*", "sql").item(0).getTextContent().trim();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        throw new IllegalArgumentException(changeSet + " not in " + file);
    }
}
