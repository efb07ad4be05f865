package se.stegvis.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MultiRowInsertTest {

    @Test
    void buildsOneValuesGroupPerRowWithOnePlaceholderPerColumn() {
        assertThat(MultiRowInsert.sql("fit_alert", List.of("id", "kind", "note"), 2))
                .isEqualTo("INSERT INTO fit_alert (id, kind, note) VALUES (?, ?, ?), (?, ?, ?)");
    }

    @Test
    void oneRowHasNoSeparator() {
        assertThat(MultiRowInsert.sql("audit_event", List.of("at"), 1)).isEqualTo("INSERT INTO audit_event (at) VALUES (?)");
    }
}
