package se.stegvis.report;

import jakarta.inject.Singleton;

/**
 * Hides counts from 1 to threshold − 1 and nothing else. Not enough on its own: a total column gives a
 * single hidden cell back. The complementary suppression replaces it.
 */
@Singleton
class PrimarySuppression implements Suppression {
    @Override
    public boolean[][] hide(CountTable table, int threshold, boolean[][] forced) {
        boolean[][] hidden = new boolean[table.rows().size()][table.columns().size()];
        for (int r = 0; r < hidden.length; r++) {
            for (int c = 0; c < hidden[r].length; c++) {
                long v = table.value(r, c);
                hidden[r][c] = forced[r][c] || (v > 0 && v < threshold);
            }
        }
        return hidden;
    }
}
