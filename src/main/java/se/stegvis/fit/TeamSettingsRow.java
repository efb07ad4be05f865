package se.stegvis.fit;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/** A team's own FIT settings; teams without a row use {@link FitSettings#DEFAULTS}. */
@MappedEntity("fit_team_settings")
record TeamSettingsRow(@Id UUID teamId, BigDecimal cutoffAdult, BigDecimal cutoffYouth, BigDecimal cutoffChild,
                       boolean atCutoffCountsAsBelow, BigDecimal reliableChange, BigDecimal srsTotalAlertBelow,
                       BigDecimal srsItemAlertBelow, BigDecimal srsDropAlert, int noChangeAfterSessions,
                       int missingWindowDays, int trajectoryMinParticipants, int groupMinAnswers,
                       LocalDateTime updatedAt, UUID updatedBy) {

    FitSettings settings() {
        return new FitSettings(cutoffAdult, cutoffYouth, cutoffChild, atCutoffCountsAsBelow, reliableChange,
                srsTotalAlertBelow, srsItemAlertBelow, srsDropAlert, noChangeAfterSessions, missingWindowDays,
                trajectoryMinParticipants, groupMinAnswers);
    }

    static TeamSettingsRow of(UUID teamId, FitSettings s, LocalDateTime at, UUID by) {
        return new TeamSettingsRow(teamId, s.cutoffAdult(), s.cutoffYouth(), s.cutoffChild(), s.atCutoffCountsAsBelow(),
                s.reliableChange(), s.srsTotalAlertBelow(), s.srsItemAlertBelow(), s.srsDropAlert(),
                s.noChangeAfterSessions(), s.missingWindowDays(), s.trajectoryMinParticipants(), s.groupMinAnswers(),
                at, by);
    }
}
