package se.stegvis.group;

import jakarta.inject.Singleton;
import se.stegvis.response.RatingFigures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * Course feedback (the GROUP_FEEDBACK questionnaire) in aggregate for the reports: per team and
 * rating item, how many rated it and the sum, over the answers handed in during the period by the
 * team's participants. All teams in one read; no person, no free text.
 */
@Singleton
public class CourseFeedbackFigures {
    private final RatingFigures ratings;

    CourseFeedbackFigures(RatingFigures ratings) {
        this.ratings = ratings;
    }

    /** Item keys of the association's course feedback questionnaire and, per team, n and sum per item. */
    public RatingFigures.Figures forTeams(UUID associationId, Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        return ratings.sums(associationId, teamIds, CourseFeedbackService.INSTRUMENT, from, to);
    }
}
