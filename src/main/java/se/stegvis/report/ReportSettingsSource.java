package se.stegvis.report;

import jakarta.inject.Singleton;

import java.util.UUID;

/** The settings an association's reports are made with: its stored ones, else the documented defaults. */
@Singleton
class ReportSettingsSource {
    private final ReportSettingsRepository rows;

    ReportSettingsSource(ReportSettingsRepository rows) {
        this.rows = rows;
    }

    ReportSettings of(UUID associationId) {
        return rows.findById(associationId).map(ReportSettingsRow::settings).orElse(ReportSettings.DEFAULTS);
    }
}
