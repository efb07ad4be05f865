package se.stegvis.report;

/**
 * Decides which cells of a count table to hide. Given the cells already hidden ({@code forced}, e.g.
 * because a team's cell is hidden in the team's own report), returns the cells to hide: every count
 * from 1 to threshold − 1 (primary) plus whatever else (complementary) keeps every hidden cell from
 * being recovered through the table's relations.
 */
public interface Suppression {
    boolean[][] hide(CountTable table, int threshold, boolean[][] forced);
}
