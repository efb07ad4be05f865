package se.stegvis.target;

/**
 * What a team sets a yearly target for. A count target is whole persons; a share target is a
 * fraction from 0 to 1 (0.35 = 35 %).
 * <ul>
 *   <li>{@link #NEW_PARTICIPANTS}: participants enrolled in the period.</li>
 *   <li>{@link #SHARE_WORK_OR_STUDIES}: of the exits in the period, those with WORK, WORK_SUBSIDISED or STUDIES
 *       among their outcomes.</li>
 *   <li>{@link #SHARE_REACHED_GOAL}: of the exits in the period, those with one of the team's goal outcomes.</li>
 * </ul>
 */
public enum TargetKind {
    NEW_PARTICIPANTS(false), SHARE_WORK_OR_STUDIES(true), SHARE_REACHED_GOAL(true);

    private final boolean share;

    TargetKind(boolean share) {
        this.share = share;
    }

    public boolean isShare() {
        return share;
    }
}
