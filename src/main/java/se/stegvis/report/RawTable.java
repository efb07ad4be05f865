package se.stegvis.report;

import java.util.List;

/**
 * One table of a section as computed for ONE team, before any suppression. Every team of a
 * request gets tables of the same shape (same key, rows and columns, in the same order), so the
 * assembler can add them up cell by cell for the scope and hide what has to be hidden.
 * Row and column keys are message keys or codes (e.g. {@code WOMAN}, {@code TOTAL}); the exports
 * translate them.
 */
public sealed interface RawTable permits CountTable, ShareTable, SampleTable {
    String key();

    List<String> rows();

    List<String> columns();
}
