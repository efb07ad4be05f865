package se.stegvis.participant;

import jakarta.inject.Singleton;
import se.stegvis.security.Actor;
import se.stegvis.security.SubjectKind;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Realistic participants made through the real {@link ParticipantService}:
 * {@code aParticipant().woman().born(1985).referredBy(SOCIAL_SERVICES).enrolledDaysAgo(30).createdBy(coach)}.
 */
@Singleton
public class ParticipantFixtures {
    private final ParticipantService participants;
    private final Clock clock;

    ParticipantFixtures(ParticipantService participants, Clock clock) {
        this.participants = participants;
        this.clock = clock;
    }

    public Builder aParticipant() {
        return new Builder();
    }

    public static Actor actor(StaffLogin staff) {
        return new Actor(SubjectKind.STAFF, staff.id(), staff.staff().role(), UUID.randomUUID());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ParticipantView exit(StaffLogin by, UUID participantId, LocalDate exitDate, Outcome... outcomes) {
        return participants.exit(actor(by), participantId, exitDate, List.of(outcomes), IncomeSource.SALARY, null);
    }

    public final class Builder {
        private String displayName = "Deltagare A.";
        private Gender gender = Gender.WOMAN;
        private int birthYear = 1985;
        private Education education = Education.UPPER_SECONDARY;
        private Integer yearsInSupport = 4;
        private IncomeSource incomeBefore = IncomeSource.FORSORJNINGSSTOD;
        private Referrer referrer = Referrer.SOCIAL_SERVICES;
        private String municipality = "Avesta";
        private String language = "sv";
        private LocalDate referral = today().minusDays(200);
        private LocalDate studyVisit;
        private LocalDate queue;
        private LocalDate enrolment;

        public Builder named(String name) {
            displayName = name;
            return this;
        }

        public Builder woman() {
            gender = Gender.WOMAN;
            return this;
        }

        public Builder man() {
            gender = Gender.MAN;
            return this;
        }

        public Builder born(int year) {
            birthYear = year;
            return this;
        }

        public Builder referredBy(Referrer r) {
            referrer = r;
            return this;
        }

        public Builder speaks(String lang) {
            language = lang;
            return this;
        }

        public Builder referredDaysAgo(int days) {
            referral = today().minusDays(days);
            return this;
        }

        public Builder visitedDaysAgo(int days) {
            studyVisit = today().minusDays(days);
            if (referral.isAfter(studyVisit)) {
                referral = studyVisit.minusDays(10);
            }
            return this;
        }

        public Builder queuedDaysAgo(int days) {
            queue = today().minusDays(days);
            if (referral.isAfter(queue)) {
                referral = queue.minusDays(10);
            }
            return this;
        }

        /** Study visit, queue and enrolment in order, enrolment {@code days} ago. */
        public Builder enrolledDaysAgo(int days) {
            studyVisit = today().minusDays(days + 20);
            queue = today().minusDays(days + 10);
            enrolment = today().minusDays(days);
            if (referral.isAfter(studyVisit)) {
                referral = studyVisit.minusDays(10);
            }
            return this;
        }

        public ParticipantDetails details() {
            return new ParticipantDetails(displayName, gender, birthYear, education, yearsInSupport, incomeBefore,
                    referrer, municipality, language, new PathDates(referral, studyVisit, queue, enrolment, null, null));
        }

        public ParticipantView createdBy(StaffLogin coach) {
            return participants.create(actor(coach), coach.staff().teamIds().get(0), details(), null);
        }

        public ParticipantView createdIn(TeamView team, StaffLogin coach) {
            return participants.create(actor(coach), team.id(), details(), null);
        }
    }
}
