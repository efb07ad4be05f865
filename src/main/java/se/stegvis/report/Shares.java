package se.stegvis.report;

import java.util.ArrayList;
import java.util.List;

/** Publishes share tables: a share is shown when its yes- and no-counts are not small, for the scope and every team. */
final class Shares {
    private Shares() {
    }

    static ReportTable publish(List<ShareTable> teams, int threshold) {
        ShareTable first = teams.get(0);
        List<ReportTable.Row> out = new ArrayList<>();
        for (int r = 0; r < first.rows().size(); r++) {
            List<Figure> figures = new ArrayList<>();
            for (int c = 0; c < first.columns().size(); c++) {
                long num = 0;
                long den = 0;
                boolean safe = true;
                for (ShareTable t : teams) {
                    num += t.numerators()[r][c];
                    den += t.denominators()[r][c];
                    safe &= publishable(t.numerators()[r][c], t.denominators()[r][c], threshold);
                }
                if (den == 0) {
                    figures.add(Figure.none(Figure.Kind.SHARE));
                } else if (safe && publishable(num, den, threshold)) {
                    figures.add(Figure.share(num, den));
                } else {
                    figures.add(Figure.hidden(Figure.Kind.SHARE));
                }
            }
            out.add(new ReportTable.Row(first.rows().get(r), figures));
        }
        return new ReportTable(first.key(), first.columns(), out);
    }

    static boolean publishable(long numerator, long denominator, int threshold) {
        return notSmall(numerator, threshold) && notSmall(denominator - numerator, threshold);
    }

    private static boolean notSmall(long count, int threshold) {
        return count == 0 || count >= threshold;
    }
}
