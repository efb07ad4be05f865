package se.stegvis.participant;

import jakarta.inject.Singleton;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.List;

/**
 * Participants with a whole past path on given calendar dates, made through the real
 * {@link ParticipantService} (for reports over a known team-year):
 * {@code past.in(team, coach).man().born(1980).yearsInSupport(3).enrolledOn(d).exitedOn(d2, WORK, STUDIES).create()}.
 * Referral is 30 days before enrolment unless given; the study visit and the queue are skipped.
 */
@Singleton
public class PastParticipants {
    private final ParticipantService participants;

    PastParticipants(ParticipantService participants) {
        this.participants = participants;
    }

    public Builder in(TeamView team, StaffLogin coach) {
        return new Builder(team, coach);
    }

    public final class Builder {
        private final TeamView team;
        private final StaffLogin coach;
        private Gender gender = Gender.WOMAN;
        private int birthYear = 1985;
        private Integer yearsInSupport;
        private LocalDate referral;
        private LocalDate enrolment;
        private LocalDate exit;
        private List<Outcome> outcomes = List.of();

        private Builder(TeamView team, StaffLogin coach) {
            this.team = team;
            this.coach = coach;
        }

        public Builder woman() {
            gender = Gender.WOMAN;
            return this;
        }

        public Builder man() {
            gender = Gender.MAN;
            return this;
        }

        public Builder otherOrUnknown() {
            gender = Gender.OTHER_UNKNOWN;
            return this;
        }

        public Builder born(int year) {
            birthYear = year;
            return this;
        }

        public Builder yearsInSupport(Integer years) {
            yearsInSupport = years;
            return this;
        }

        public Builder referredOn(LocalDate date) {
            referral = date;
            return this;
        }

        public Builder enrolledOn(LocalDate date) {
            enrolment = date;
            return this;
        }

        public Builder exitedOn(LocalDate date, Outcome... with) {
            exit = date;
            outcomes = List.of(with);
            return this;
        }

        public ParticipantView create() {
            LocalDate referred = referral != null ? referral : enrolment.minusDays(30);
            ParticipantDetails details = new ParticipantDetails("Deltagare Ö.", gender, birthYear,
                    Education.UPPER_SECONDARY, yearsInSupport, IncomeSource.FORSORJNINGSSTOD, Referrer.SOCIAL_SERVICES,
                    "Avesta", "sv", new PathDates(referred, null, null, enrolment, null, null));
            ParticipantView created = participants.create(ParticipantFixtures.actor(coach), team.id(), details, null);
            if (exit == null) {
                return created;
            }
            return participants.exit(ParticipantFixtures.actor(coach), created.id(), exit, outcomes,
                    IncomeSource.SALARY, null);
        }
    }
}
