package org.natsume.sweep;

/**
 * One run of one cell: the result row every engine writes. {@code metrics} follow the spec's metric order; a failed
 * run has NaN metrics and its error message.
 */
public record RunRow(int cell, int run, long seed, boolean ok, double[] metrics, String error)
        implements java.io.Serializable {
}
