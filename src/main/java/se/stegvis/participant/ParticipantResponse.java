package se.stegvis.participant;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A participant on the wire; every key is always present (null or []). Send {@code version} back with the next update. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ParticipantResponse(UUID id, UUID teamId, String displayName, Gender gender, int birthYear,
                                  Education education, @Nullable Integer yearsInSupport, IncomeSource incomeBefore,
                                  Referrer referrer, String homeMunicipality, String preferredLanguage,
                                  LocalDate referralDate, @Nullable LocalDate studyVisitDate,
                                  @Nullable LocalDate queueDate, @Nullable LocalDate enrolmentDate,
                                  @Nullable LocalDate trialEndDate, @Nullable LocalDate exitDate,
                                  List<Outcome> outcomes, @Nullable IncomeSource incomeAfter, PathStage stage,
                                  List<UUID> coachIds, int version) {

    static ParticipantResponse from(ParticipantView v) {
        ParticipantDetails d = v.details();
        PathDates p = d.path();
        return new ParticipantResponse(v.id(), v.teamId(), d.displayName(), d.gender(), d.birthYear(), d.education(),
                d.yearsInSupport(), d.incomeBefore(), d.referrer(), d.homeMunicipality(), d.preferredLanguage(),
                p.referralDate(), p.studyVisitDate(), p.queueDate(), p.enrolmentDate(), p.trialEndDate(),
                p.exitDate(), v.outcomes(), v.incomeAfter(), v.stage(), v.coachIds(), v.version());
    }
}
