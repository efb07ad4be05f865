package se.stegvis.screening;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.Ids;
import se.stegvis.shared.Times;
import se.stegvis.team.TeamNotFound;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What a team shows every respondent after a screening: the local support brochure of the
 * participant's municipality in their language (team leads keep a text and/or link per municipality
 * and language; Swedish when their language has none) and the team's local contacts for "help now".
 */
@Singleton
public class ScreeningSettingsService {
    static final String CHANGED = "SCREENING_SETTINGS_CHANGED";
    static final String FALLBACK_LANGUAGE = "sv";

    private final SupportMaterialRepository materials;
    private final TeamContactsRepository contacts;
    private final TeamService teams;
    private final ParticipantService participants;
    private final AuditService audit;
    private final Ids ids;
    private final Clock clock;

    ScreeningSettingsService(SupportMaterialRepository materials, TeamContactsRepository contacts, TeamService teams,
                             ParticipantService participants, AuditService audit, Ids ids, Clock clock) {
        this.materials = materials;
        this.contacts = contacts;
        this.teams = teams;
        this.participants = participants;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** One brochure as shown and managed. */
    public record Material(String municipality, String language, @Nullable String text, @Nullable String url) {
        static Material from(SupportMaterial m) {
            return new Material(m.municipality(), m.language(), m.text(), m.url());
        }
    }

    /** A team's screening settings, for its coaches and team lead. */
    public record Settings(@Nullable String localContacts, List<Material> supportMaterial) {
    }

    public Settings settings(Actor staff, UUID teamId) {
        TeamView team = teamFor(staff, teamId, false);
        return new Settings(localContacts(team.id()).orElse(null),
                materials.findByTeamId(team.id()).stream().map(Material::from)
                        .sorted(Comparator.comparing(Material::municipality).thenComparing(Material::language)).toList());
    }

    @Transactional
    public Settings setLocalContacts(Actor staff, UUID teamId, String localContacts) {
        TeamView team = teamFor(staff, teamId, true);
        TeamContacts row = new TeamContacts(team.id(), localContacts.strip(), Times.nowUtc(clock), staff.id());
        if (contacts.existsById(team.id())) {
            contacts.update(row);
        } else {
            contacts.save(row);
        }
        audit.record(staff, CHANGED, team.id(), null, "local-contacts");
        return settings(staff, teamId);
    }

    /**
     * Sets a municipality's brochure in one language; an empty text and link removes it. The
     * municipality must be one of the team's; the link must be http(s).
     */
    @Transactional
    public Settings setMaterial(Actor staff, UUID teamId, String municipality, String language, @Nullable String text,
                                @Nullable String url) {
        TeamView team = teamFor(staff, teamId, true);
        String place = team.municipalities().stream().filter(m -> m.equalsIgnoreCase(municipality.strip())).findFirst()
                .orElseThrow(() -> new InvalidScreening("municipality", "screening.material.municipality-unknown"));
        String lang = language.strip().toLowerCase(Locale.ROOT);
        String body = blankToNull(text);
        String link = blankToNull(url);
        if (link != null && !isWebLink(link)) {
            throw new InvalidScreening("url", "screening.material.url-invalid");
        }
        Optional<SupportMaterial> existing = materials.findByTeamIdAndMunicipalityAndLanguage(team.id(), place, lang);
        if (body == null && link == null) {
            existing.ifPresent(materials::delete);
        } else {
            SupportMaterial row = new SupportMaterial(existing.map(SupportMaterial::id).orElseGet(ids::newId), team.id(),
                    place, lang, body, link, Times.nowUtc(clock), staff.id());
            if (existing.isPresent()) {
                materials.update(row);
            } else {
                materials.save(row);
            }
        }
        audit.record(staff, CHANGED, team.id(), null, "support-material " + place + " " + lang);
        return settings(staff, teamId);
    }

    /** The participant's municipality's brochure in {@code language}, else in Swedish; empty when there is none. */
    public Optional<Material> materialFor(Actor participant, @Nullable String language) {
        ParticipantView p = participants.own(participant);
        String municipality = p.details().homeMunicipality();
        String lang = language == null || language.isBlank() ? p.details().preferredLanguage()
                : language.strip().toLowerCase(Locale.ROOT);
        return materials.findByTeamIdAndMunicipalityAndLanguage(p.teamId(), municipality, lang)
                .or(() -> materials.findByTeamIdAndMunicipalityAndLanguage(p.teamId(), municipality, FALLBACK_LANGUAGE))
                .map(Material::from);
    }

    Optional<String> localContacts(UUID teamId) {
        return contacts.findById(teamId).map(TeamContacts::localContacts);
    }

    private TeamView teamFor(Actor staff, UUID teamId, boolean change) {
        boolean allowed = staff.isStaff() && staff.role().worksWithParticipants()
                && (!change || staff.has(Role.TEAM_LEAD)) && teams.isMember(staff.id(), teamId);
        if (!allowed) {
            throw new TeamNotFound();
        }
        return teams.get(teamId);
    }

    private static boolean isWebLink(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
