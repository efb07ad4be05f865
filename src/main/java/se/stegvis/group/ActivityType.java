package se.stegvis.group;

/**
 * What kind of group an activity is. The list follows what the seed teams run; a new kind is one
 * more constant here plus its label in the portal and staff i18n files (the column is a string).
 */
public enum ActivityType {
    STARTUP_GROUP, SOLUTION_FOCUSED, THEME, SOCIAL, CREATIVE, TRAINING, FOREST, MINDFULNESS, BOARD_GAMES,
    BREAKFAST_CLUB, OTHER
}
