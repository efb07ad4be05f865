package se.stegvis.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.Times;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The access review (issue 9, ADR 0010): which staff member read which participant's data and when, from the
 * audit trail, for a team lead (their team) or the association's data protection officer (any of its teams),
 * filtered by staff member and period; the same list as a file (audited); and the unusual-access flag.
 */
@Singleton
class AccessReviewService {
    static final int MAX_PAGE = 200;
    static final int MAX_EXPORT_ROWS = 10_000;
    static final int DEFAULT_FLAG_DAYS = 30;
    static final int MAX_FLAG_DAYS = 366;
    static final String EXPORTED = "ACCESS_REVIEW_EXPORTED";

    private final ReviewScopes scopes;
    private final AccessReviewRepository reads;
    private final StaffService staff;
    private final TeamService teams;
    private final ParticipantNames participantNames;
    private final Caseloads caseloads;
    private final AuditService audit;
    private final Clock clock;
    private final int outsideCaseloadPerDay;

    AccessReviewService(ReviewScopes scopes, AccessReviewRepository reads, StaffService staff, TeamService teams,
                        ParticipantNames participantNames, Caseloads caseloads, AuditService audit, Clock clock,
                        @Value("${stegvis.access-review.outside-caseload-per-day:5}") int outsideCaseloadPerDay) {
        this.scopes = scopes;
        this.reads = reads;
        this.staff = staff;
        this.teams = teams;
        this.participantNames = participantNames;
        this.caseloads = caseloads;
        this.audit = audit;
        this.clock = clock;
        this.outsideCaseloadPerDay = outsideCaseloadPerDay;
    }

    /** One team or a whole association, by id, as the route names it. */
    sealed interface Target permits TeamTarget, AssociationTarget {
        static Target team(UUID teamId) {
            return new TeamTarget(teamId);
        }

        static Target association(UUID associationId) {
            return new AssociationTarget(associationId);
        }
    }

    record TeamTarget(UUID teamId) implements Target {
    }

    record AssociationTarget(UUID associationId) implements Target {
    }

    /** A read as the reviewer sees it; {@code participantName} only where the scope shows names. */
    record ReviewedRead(AccessRead read, @Nullable String staffName, @Nullable Role staffRole, String teamName,
                        @Nullable String participantName, boolean outsideCaseload) {
    }

    /** A page of reads, newest first; {@code nextBefore} asks for the next page, null on the last one. */
    record Page(List<ReviewedRead> reads, @Nullable Long nextBefore) {
    }

    /** A staff member's tally in the flag period, with their name and role. */
    record StaffTally(UnusualAccessRule.Tally tally, @Nullable String staffName, @Nullable Role staffRole) {
    }

    /** The rows of an export, and whether participants' names are among them. */
    record Export(List<ReviewedRead> rows, boolean showsNames) {
    }

    record Flags(LocalDate from, LocalDate to, int threshold, List<StaffTally> staff) {
    }

    @Transactional(readOnly = true)
    Page list(Actor actor, Target target, AccessReviewFilter filter, int limit, @Nullable Long before) {
        ReviewScope scope = scope(actor, target);
        checkStaff(scope, filter);
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<AccessRead> rows = scope.teamIds().isEmpty() ? List.of()
                : reads.reads(range(scope, filter), before, size + 1);
        boolean more = rows.size() > size;
        List<AccessRead> page = more ? rows.subList(0, size) : rows;
        return new Page(review(scope, page), more ? page.get(page.size() - 1).id() : null);
    }

    /** The filtered reads as one file's rows; the export itself is audited (who took which list out). */
    @Transactional
    Export export(Actor actor, Target target, AccessReviewFilter filter) {
        ReviewScope scope = scope(actor, target);
        checkStaff(scope, filter);
        List<AccessRead> rows = scope.teamIds().isEmpty() ? List.of()
                : reads.allReads(range(scope, filter), MAX_EXPORT_ROWS);
        if (rows.size() > MAX_EXPORT_ROWS) {
            throw new AccessReviewTooLarge(MAX_EXPORT_ROWS);
        }
        String where = scope.teamId() == null ? "association=" + scope.associationId() + ";" : "";
        audit.record(actor, EXPORTED, scope.teamId(), null, where + filter.describe() + ";rows=" + rows.size());
        return new Export(review(scope, rows), scope.showsNames());
    }

    /** The unusual-access flag per staff member over a period (default: the last 30 days, at most 366). */
    @Transactional(readOnly = true)
    Flags flags(Actor actor, Target target, AccessReviewFilter asked) {
        ReviewScope scope = scope(actor, target);
        checkStaff(scope, asked);
        AccessReviewFilter filter = asked.withPeriod(Times.today(clock), DEFAULT_FLAG_DAYS);
        if (ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1 > MAX_FLAG_DAYS) {
            throw AccessReviewInvalid.of("from", "access-review.period.too-long", MAX_FLAG_DAYS);
        }
        UnusualAccessRule rule = new UnusualAccessRule(outsideCaseloadPerDay);
        if (!scope.teamIds().isEmpty()) {
            reads.recordReads(range(scope, filter), rule::add);
        }
        Map<UUID, StaffView> people = new HashMap<>();
        List<StaffTally> tallies = rule.evaluate(caseloads::caseloadOf).stream().map(t -> {
            StaffView s = staffView(people, t.staffId());
            return new StaffTally(t, s == null ? null : s.displayName(), s == null ? null : s.role());
        }).toList();
        return new Flags(filter.from(), filter.to(), rule.threshold(), tallies);
    }

    private ReviewScope scope(Actor actor, Target target) {
        if (target instanceof TeamTarget t) {
            return scopes.ofTeam(actor, t.teamId());
        }
        return scopes.ofAssociation(actor, ((AssociationTarget) target).associationId());
    }

    /** A staff filter must name a staff member of the reviewer's association; any other id is unknown. */
    private void checkStaff(ReviewScope scope, AccessReviewFilter filter) {
        if (filter.staffId() != null && staff.find(filter.staffId())
                .filter(s -> s.associationId().equals(scope.associationId())).isEmpty()) {
            throw AccessReviewInvalid.of("staffId", "access-review.staff.unknown");
        }
    }

    private static AccessReviewRepository.Range range(ReviewScope scope, AccessReviewFilter filter) {
        return new AccessReviewRepository.Range(scope.teamIds(), filter.staffId(), filter.fromUtc(),
                filter.toUtcExclusive());
    }

    private List<ReviewedRead> review(ReviewScope scope, List<AccessRead> rows) {
        Map<UUID, String> names = scope.showsNames()
                ? participantNames.displayNames(rows.stream().map(AccessRead::participantId).distinct().toList())
                : Map.of();
        Map<UUID, StaffView> people = new HashMap<>();
        Map<UUID, Set<UUID>> caseload = new HashMap<>();
        Map<UUID, String> teamNames = new HashMap<>();
        return rows.stream().map(r -> {
            StaffView s = staffView(people, r.staffId());
            boolean outside = !caseload.computeIfAbsent(r.staffId(), caseloads::caseloadOf).contains(r.participantId());
            String team = teamNames.computeIfAbsent(r.teamId(), id -> teams.find(id).map(TeamView::name).orElse(""));
            return new ReviewedRead(r, s == null ? null : s.displayName(), s == null ? null : s.role(), team,
                    scope.showsNames() ? names.get(r.participantId()) : null, outside);
        }).toList();
    }

    @Nullable
    private StaffView staffView(Map<UUID, StaffView> cache, UUID staffId) {
        if (!cache.containsKey(staffId)) {
            cache.put(staffId, staff.find(staffId).orElse(null));
        }
        return cache.get(staffId);
    }
}
