package se.stegvis.report;

import jakarta.inject.Singleton;

import java.util.UUID;

/** The settings an association's reports are made with. Until associations can set them: the documented defaults. */
@Singleton
class ReportSettingsSource {
    ReportSettings of(UUID associationId) {
        return ReportSettings.DEFAULTS;
    }
}
