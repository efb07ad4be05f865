package se.stegvis.demo;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.stegvis.security.Role;
import se.stegvis.shared.DemoMode;
import se.stegvis.team.OperatorCommand;
import se.stegvis.team.StaffService;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.util.List;
import java.util.UUID;

/**
 * Seeds a realistic demo association once, on an empty database, when {@link DemoMode} allows:
 * two teams, their staff, and about thirty participants at every stage of the path, with exits.
 * Everything goes through the real services, so the demo obeys the same rules as real data.
 */
@Singleton
class DemoData {
    /** Every demo account shares this password and TOTP secret; the README prints both. */
    static final String DEMO_PASSWORD = "stegvis-demo-2026";
    static final String DEMO_TOTP = "JBSWY3DPEHPK3PXP";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final DemoMode settings;
    private final TeamService teams;
    private final StaffService staff;
    private final DemoParticipants participants;

    private final DemoFit fit;
    private final boolean seedOnStart;

    DemoData(DemoMode settings, TeamService teams, StaffService staff, DemoParticipants participants, DemoFit fit,
             @Value("${" + OperatorCommand.SEED_DEMO + ":true}") boolean seedOnStart) {
        this.fit = fit;
        this.seedOnStart = seedOnStart;
        this.settings = settings;
        this.teams = teams;
        this.staff = staff;
        this.participants = participants;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!settings.enabled() || !seedOnStart) {
            return; // not the demo, or an operator's command (team.OperatorCommand)
        }
        if (teams.anyAssociation()) {
            LOG.info("Demo data: the database already has an association; nothing seeded. Logins: see README.");
            return;
        }
        seed();
        LOG.info("Demo data seeded. Log in with password '{}' and TOTP secret {} (java bin/Totp.java {}): "
                        + "admin, samordnare, dataskydd (data protection officer), lena.avesta (team lead), karin.avesta (coach), "
                        + "omar.hedemora (team lead), sofia.hedemora (coach)",
                DEMO_PASSWORD, DEMO_TOTP, DEMO_TOTP);
    }

    void seed() {
        UUID association = teams.createAssociation("Samordningsförbundet Centrala Dalarna (demo)");
        TeamView avesta = teams.createTeam(association, "Samverkansteam Avesta", "Avesta",
                List.of("Avesta", "Norberg"), List.of(), 2);
        TeamView hedemora = teams.createTeam(association, "Samverkansteam Hedemora", "Hedemora",
                List.of("Hedemora", "Säter"), List.of(), 2);
        account(association, "admin", "Astrid Admin", Role.ADMIN);
        account(association, "samordnare", "Gunnar Processledare", Role.COORDINATOR);
        account(association, "dataskydd", "Dana Dataskyddsombud", Role.DATA_PROTECTION_OFFICER);
        UUID lena = account(association, "lena.avesta", "Lena Lindqvist", Role.TEAM_LEAD, avesta);
        UUID karin = account(association, "karin.avesta", "Karin Berg", Role.COACH, avesta);
        UUID omar = account(association, "omar.hedemora", "Omar Haddad", Role.TEAM_LEAD, hedemora);
        UUID sofia = account(association, "sofia.hedemora", "Sofia Nyström", Role.COACH, hedemora);
        participants.seedTeam(avesta.id(), avesta.municipalities(), karin, lena, 1);
        participants.seedTeam(hedemora.id(), hedemora.municipalities(), sofia, omar, 2);
        fit.seed(avesta.id(), karin);
    }

    private UUID account(UUID association, String username, String name, Role role, TeamView... memberOf) {
        return staff.create(association, username, name, role, DEMO_PASSWORD, DEMO_TOTP,
                java.util.Arrays.stream(memberOf).map(TeamView::id).toList()).id();
    }
}
