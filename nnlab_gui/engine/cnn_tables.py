"""A network summary as a table: rows of plain numbers, CSV and Markdown.

One row per layer (``TABLE_COLUMNS``), after an input row and before a total row; the
totals are the sums of every layer's units, weights, biases, parameters, MACs and bytes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nnlab_gui.engine.cnn_format import BYTES_PER_VALUE, pair_value_text, shape_text

if TYPE_CHECKING:
    from nnlab_gui.engine.cnn import NetSummary

TABLE_COLUMNS = ["#", "layer", "output", "units", "weights", "biases", "parameters",
                 "MACs", "memory (bytes)", "receptive field", "jump", "warnings"]


def table_rows(net: NetSummary, sep: str = "×") -> list[list[str]]:
    """Rows of the summary table (plain numbers, no thousands separators) and a total row."""
    rows = [["0", "input", shape_text(net.input_shape, net.input_flat, sep),
             "", "", "", "", "", str(net.input_shape[0] * net.input_shape[1]
                                     * net.input_shape[2] * BYTES_PER_VALUE), "1", "1", ""]]
    for s in net.layers:
        rows.append([str(s.index + 1), s.label, shape_text(s.output_shape, s.flat, sep),
                     str(s.units), str(s.weights), str(s.biases), str(s.params), str(s.macs),
                     str(s.memory_bytes), pair_value_text(s.receptive_field),
                     pair_value_text(s.jump, "—"), " | ".join(s.warnings)])
    rows.append(["", "total", shape_text(net.output_shape,
                                         net.layers[-1].flat if net.layers else net.input_flat,
                                         sep),
                 str(net.total_units), str(net.total_weights), str(net.total_biases),
                 str(net.total_params), str(net.total_macs), str(net.total_memory_bytes),
                 "", "", ""])
    return rows


def to_csv(net: NetSummary) -> str:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(TABLE_COLUMNS)
    writer.writerows(table_rows(net, sep="x"))
    return buf.getvalue()


def to_markdown(net: NetSummary) -> str:
    def cell(text: str, numeric: bool) -> str:
        if text.isdigit():                # separators in every column of the table, or none
            text = f"{int(text):,}"
        return text.replace("|", "\\|")

    numeric = [c in ("units", "weights", "biases", "parameters", "MACs", "memory (bytes)")
               for c in TABLE_COLUMNS]
    lines = ["| " + " | ".join(TABLE_COLUMNS) + " |",
             "|" + "|".join("---:" if n else "---" for n in numeric) + "|"]
    for row in table_rows(net):
        lines.append("| " + " | ".join(cell(t, n) for t, n in zip(row, numeric)) + " |")
    return "\n".join(lines) + "\n"
