package se.stegvis.participant;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import se.stegvis.security.Actor;
import se.stegvis.security.SubjectKind;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.team.TeamView;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
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
    private final ConnectionOperations<Connection> connections;

    ParticipantFixtures(ParticipantService participants, Clock clock, ConnectionOperations<Connection> connections) {
        this.participants = participants;
        this.clock = clock;
        this.connections = connections;
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

    /**
     * Sets the exit date straight in the table, past the path rules, as an old import could have left it
     * (e.g. an exit before the enrolment): for reports that must notice such data. The service refuses it.
     */
    public void forceExitDate(UUID participantId, LocalDate exitDate) {
        connections.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection()
                    .prepareStatement("UPDATE participant SET exit_date = ? WHERE id = ?")) {
                ps.setObject(1, exitDate);
                ps.setString(2, participantId.toString());
                return ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
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
        private LocalDate exit;
        private IncomeSource incomeAfter;
        private List<Outcome> outcomes = List.of();

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

        public Builder gender(Gender g) {
            gender = g;
            return this;
        }

        public Builder otherOrUnknown() {
            return gender(Gender.OTHER_UNKNOWN);
        }

        /** Years in public support before; null: not recorded. */
        public Builder yearsInSupport(Integer years) {
            yearsInSupport = years;
            return this;
        }

        public Builder referredOn(LocalDate day) {
            referral = day;
            return this;
        }

        public Builder incomeBefore(IncomeSource income) {
            incomeBefore = income;
            return this;
        }

        /** Joined the queue on {@code day}; referral (and study visit, if any) moved before it when needed. */
        public Builder queuedOn(LocalDate day) {
            queue = day;
            if (studyVisit != null && studyVisit.isAfter(day)) {
                studyVisit = day.minusDays(10);
            }
            LocalDate first = studyVisit == null ? queue : studyVisit;
            if (referral.isAfter(first)) {
                referral = first.minusDays(10);
            }
            return this;
        }

        /** Enrolled on {@code day}; without an earlier queue date, queued ten days before. */
        public Builder enrolledOn(LocalDate day) {
            enrolment = day;
            if (queue == null || queue.isAfter(day)) {
                queuedOn(day.minusDays(10));
            }
            return this;
        }

        /** Exits on {@code day} with these outcomes and income after (null: not recorded), after being created. */
        public Builder exitedOn(LocalDate day, IncomeSource after, Outcome... reasons) {
            exit = day;
            incomeAfter = after;
            outcomes = Arrays.asList(reasons);
            return this;
        }

        public ParticipantDetails details() {
            return new ParticipantDetails(displayName, gender, birthYear, education, yearsInSupport, incomeBefore,
                    referrer, municipality, language, new PathDates(referral, studyVisit, queue, enrolment, null, null));
        }

        public ParticipantView createdBy(StaffLogin coach) {
            return exited(participants.create(actor(coach), coach.staff().teamIds().get(0), details(), null), coach);
        }

        public ParticipantView createdIn(TeamView team, StaffLogin coach) {
            return exited(participants.create(actor(coach), team.id(), details(), null), coach);
        }

        private ParticipantView exited(ParticipantView created, StaffLogin coach) {
            return exit == null ? created
                    : participants.exit(actor(coach), created.id(), exit, outcomes, incomeAfter, null);
        }
    }
}
