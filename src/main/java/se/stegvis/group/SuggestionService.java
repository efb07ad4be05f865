package se.stegvis.group;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.shared.IdempotencyService;
import se.stegvis.shared.IdempotencyService.StoredResponse;
import se.stegvis.shared.Ids;
import se.stegvis.shared.Times;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The suggestion box. A participant's suggestion is stored with the team and month only: a fresh
 * random id, no participant key, no time, not audited (an audit row "X sent a suggestion at 10:41"
 * would be the link the table avoids; ADR 0005). The reply identifies nothing. Staff of the team
 * read them and mark them handled.
 */
@Singleton
class SuggestionService {
    static final int MAX_LENGTH = 2000;

    private final SuggestionRepository suggestions;
    private final GroupAccess access;
    private final IdempotencyService idempotency;
    private final Ids ids;
    private final Clock clock;

    SuggestionService(SuggestionRepository suggestions, GroupAccess access, IdempotencyService idempotency, Ids ids,
                      Clock clock) {
        this.suggestions = suggestions;
        this.access = access;
        this.idempotency = idempotency;
        this.ids = ids;
        this.clock = clock;
    }

    StoredResponse submit(Actor participant, String idempotencyKey, String canonicalRequest, String text,
                          Supplier<StoredResponse> reply) {
        ParticipantView p = access.participant(participant);
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > MAX_LENGTH) {
            throw ActivityInvalid.of("text", "group.suggestion.text", MAX_LENGTH);
        }
        return idempotency.execute("group-suggestion:" + p.id(), idempotencyKey, canonicalRequest, () -> {
            suggestions.save(new Suggestion(ids.newId(), p.teamId(), YearMonth.from(Times.today(clock)).toString(),
                    clean, false));
            return reply.get();
        });
    }

    List<Suggestion> list(Actor staff, UUID teamId) {
        return suggestions.findByTeamIdOrderByPeriodDescIdAsc(access.staffTeam(staff, teamId));
    }

    @Transactional
    Suggestion markHandled(Actor staff, UUID suggestionId, boolean handled) {
        Suggestion s = suggestions.findById(suggestionId).filter(x -> access.isStaffOf(staff, x.teamId()))
                .orElseThrow(SuggestionNotFound::new);
        return suggestions.update(s.handled(handled));
    }
}
