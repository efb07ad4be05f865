package se.stegvis.screening;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default notifier: one log line naming the screening and team, never the person or the answers. */
@Singleton
class LogScreeningNotifier implements ScreeningNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(LogScreeningNotifier.class);

    @Override
    public void urgent(UrgentScreening alert) {
        LOG.warn("urgent screening {} in team {}: {} coach(es) see it first in their alert list",
                alert.screeningId(), alert.teamId(), alert.coachIds().size());
    }
}
