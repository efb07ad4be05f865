package se.stegvis.report;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamNotFound;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;

/**
 * Builds a report for a caller: which teams they may report on, the settings of their association,
 * every section whose source exists, assembled and suppressed. Coordinators and admins report on any
 * team of their own association, team leads on their own teams; coaches and participants on none.
 * A team outside what the caller may see is "not found", never "forbidden", so ids do not leak.
 *
 * <p>The sections' sources read at the same time, each on a thread of the {@code report} executor (a fixed pool,
 * {@code STEGVIS_REPORT_THREADS}, default 2, so that reports never hold more of the connection pool than that) in
 * its own read, and each section's tables are suppressed there too; each is a grouped read over all teams,
 * independent of the others, so the report no longer waits for their sum (measured in docs/reports.md). What sections
 * share (SharedCounts) is then hidden together, and sections completed, in section order on the caller's thread.
 */
@Singleton
public class ReportService {
    private final StaffService staff;
    private final TeamService teams;
    private final List<SectionSource> sources;
    private final ReportAssembler assembler;
    private final ReportSettingsSource settings;
    private final Clock clock;
    private final ExecutorService executor;

    ReportService(StaffService staff, TeamService teams, List<SectionSource> sources, ReportAssembler assembler,
                  ReportSettingsSource settings, Clock clock, @Named("report") ExecutorService executor) {
        this.staff = staff;
        this.teams = teams;
        this.sources = sources.stream().sorted(Comparator.comparingInt(SectionSource::order)).toList();
        this.assembler = assembler;
        this.settings = settings;
        this.clock = clock;
        this.executor = executor;
    }

    /** The report on {@code teamIds} (empty: every team the caller may report on) for the period. */
    public Report build(Actor actor, List<UUID> teamIds, ReportPeriod period) {
        StaffView caller = caller(actor);
        List<TeamView> scope = scope(caller, teamIds);
        ReportSettings s = settings.of(caller.associationId());
        List<UUID> ids = scope.stream().map(TeamView::id).toList();
        ReportRequest request = new ReportRequest(caller.associationId(), ids, period, s);
        List<ReportSection> assembled = readAll(request);
        List<ReportSection> sections = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            SectionSource source = sources.get(i);
            List<ReportSection> withThis = new ArrayList<>(sections);
            withThis.add(assembled.get(i));
            // the section completes (e.g. verdicts) from its figures as hidden by every copy published so far
            List<ReportSection> shared = SharedCounts.hideTogether(withThis);
            sections.add(source.complete(request, shared.get(shared.size() - 1)));
        }
        return new Report(period.label(), period.from(), period.to(),
                scope.stream().map(t -> new Report.TeamRef(t.id(), t.name())).toList(), s.threshold(),
                clock.instant(), SharedCounts.hideTogether(sections));
    }

    /**
     * Every source's section, in source order, read concurrently (the costliest started first) and assembled on the
     * thread that read it: each section's tables are suppressed on their own, independently of the other sections
     * (what is shared between sections is hidden together afterwards, in order). All reads are waited for before
     * anything is thrown, so no read is left running for a report that has failed; the first failure (in source
     * order) is rethrown as it was thrown.
     */
    private List<ReportSection> readAll(ReportRequest request) {
        Map<SectionSource, CompletableFuture<ReportSection>> started = new HashMap<>();
        sources.stream().sorted(Comparator.comparingInt(SectionSource::cost).reversed()).forEach(s ->
                started.put(s, CompletableFuture.supplyAsync(() -> assembler.assemble(s.key(), request.teamIds(),
                        s.raw(request), request.settings().threshold()), executor)));
        List<CompletableFuture<ReportSection>> reads = sources.stream().map(started::get).toList();
        List<ReportSection> out = new ArrayList<>();
        CompletionException failure = null;
        for (CompletableFuture<ReportSection> read : reads) {
            try {
                out.add(read.join());
            } catch (CompletionException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure == null) {
            return out;
        }
        // as the source threw it (an Error too, as when the sources were read on the caller's thread)
        if (failure.getCause() instanceof RuntimeException r) {
            throw r;
        }
        if (failure.getCause() instanceof Error e) {
            throw e;
        }
        throw failure;
    }

    /** The teams the caller may report on, in name order. */
    public List<TeamView> reportableTeams(Actor actor) {
        return reportable(caller(actor));
    }

    private StaffView caller(Actor actor) {
        if (!actor.isStaff() || !(actor.has(Role.COORDINATOR) || actor.has(Role.ADMIN) || actor.has(Role.TEAM_LEAD))) {
            throw new ReportForbidden();
        }
        return staff.find(actor.id()).filter(StaffView::active).orElseThrow(ReportForbidden::new);
    }

    private List<TeamView> reportable(StaffView caller) {
        List<TeamView> all = caller.role() == Role.TEAM_LEAD ? teams.teamsOf(caller.id())
                : teams.teamsOfAssociation(caller.associationId());
        return all.stream().filter(t -> t.associationId().equals(caller.associationId()))
                .sorted(Comparator.comparing(TeamView::name)).toList();
    }

    private List<TeamView> scope(StaffView caller, List<UUID> teamIds) {
        List<TeamView> reportable = reportable(caller);
        if (teamIds.isEmpty()) {
            if (reportable.isEmpty()) {
                throw new TeamNotFound();
            }
            return reportable;
        }
        Set<UUID> wanted = new LinkedHashSet<>(teamIds);
        List<TeamView> chosen = reportable.stream().filter(t -> wanted.contains(t.id())).toList();
        if (chosen.size() != wanted.size()) {
            throw new TeamNotFound();
        }
        return chosen;
    }
}
