package se.stegvis.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts of persons (or events) of one team, with the linear relations between cells that a reader
 * could use to recover a hidden cell (a total column, start + new − exits = end, ...). Suppression
 * must leave no hidden cell determined by the relations and the shown cells.
 */
public record CountTable(String key, List<String> rows, List<String> columns, long[][] values,
                         List<Relation> relations) implements RawTable {

    /** Σ coefficient × cell = 0 over the terms. */
    public record Relation(List<Term> terms) {
    }

    public record Term(int row, int column, int coefficient) {
    }

    public long value(int row, int column) {
        return values[row][column];
    }

    public static Builder builder(String key, List<String> rows, List<String> columns) {
        return new Builder(key, rows, columns);
    }

    /** Fills a table cell by cell and declares its relations. */
    public static final class Builder {
        private final String key;
        private final List<String> rows;
        private final List<String> columns;
        private final long[][] values;
        private final List<Relation> relations = new ArrayList<>();

        private Builder(String key, List<String> rows, List<String> columns) {
            this.key = key;
            this.rows = List.copyOf(rows);
            this.columns = List.copyOf(columns);
            this.values = new long[rows.size()][columns.size()];
        }

        public Builder set(String row, String column, long value) {
            values[index(rows, row)][index(columns, column)] = value;
            return this;
        }

        public Builder add(String row, String column, long value) {
            values[index(rows, row)][index(columns, column)] += value;
            return this;
        }

        /**
         * The named column holds each row's total of the other columns: fills it and adds one
         * relation per row.
         */
        public Builder totalColumn(String totalColumn) {
            int t = index(columns, totalColumn);
            for (int r = 0; r < rows.size(); r++) {
                List<Term> terms = new ArrayList<>();
                long sum = 0;
                for (int c = 0; c < columns.size(); c++) {
                    if (c != t) {
                        terms.add(new Term(r, c, 1));
                        sum += values[r][c];
                    }
                }
                terms.add(new Term(r, t, -1));
                values[r][t] = sum;
                relations.add(new Relation(terms));
            }
            return this;
        }

        /** The named row holds each column's total of the other rows: fills it and adds one relation per column. */
        public Builder totalRow(String totalRow) {
            int t = index(rows, totalRow);
            for (int c = 0; c < columns.size(); c++) {
                List<Term> terms = new ArrayList<>();
                long sum = 0;
                for (int r = 0; r < rows.size(); r++) {
                    if (r != t) {
                        terms.add(new Term(r, c, 1));
                        sum += values[r][c];
                    }
                }
                terms.add(new Term(t, c, -1));
                values[t][c] = sum;
                relations.add(new Relation(terms));
            }
            return this;
        }

        /** For every column: Σ coefficient × row = 0, e.g. start + new − exits − end = 0. */
        public Builder rowRelation(List<String> rowKeys, List<Integer> coefficients) {
            for (int c = 0; c < columns.size(); c++) {
                List<Term> terms = new ArrayList<>();
                for (int i = 0; i < rowKeys.size(); i++) {
                    terms.add(new Term(index(rows, rowKeys.get(i)), c, coefficients.get(i)));
                }
                relations.add(new Relation(terms));
            }
            return this;
        }

        public Builder relation(Relation relation) {
            relations.add(relation);
            return this;
        }

        public CountTable build() {
            long[][] copy = new long[values.length][];
            for (int r = 0; r < values.length; r++) {
                copy[r] = values[r].clone();
            }
            return new CountTable(key, rows, columns, copy, List.copyOf(relations));
        }

        private static int index(List<String> keys, String key) {
            int i = keys.indexOf(key);
            if (i < 0) {
                throw new IllegalArgumentException("no such row or column: " + key);
            }
            return i;
        }
    }
}
