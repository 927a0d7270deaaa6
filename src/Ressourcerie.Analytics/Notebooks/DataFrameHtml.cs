using System.Text;
using Microsoft.Data.Analysis;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// A <see cref="DataFrame"/> as a table for notebooks and reports: French number formatting
/// (<see cref="FrenchDisplay"/>), a row limit followed by "… n lignes de plus", and nothing that
/// changes from one run to the next. The kernel's DataFrame formatter put a time-based id in its
/// HTML, so every run changed every committed notebook: this one does not.
/// </summary>
public static class DataFrameHtml
{
    public const int DefaultMaxRows = 25;

    public static string ToHtml(DataFrame frame, int maxRows = DefaultMaxRows)
    {
        var html = new StringBuilder();
        html.Append("<table class=\"ressourcerie-table\" style=\"border-collapse:collapse\">\n<thead><tr>");
        foreach (var column in frame.Columns)
            html.Append("<th style=\"text-align:left;border-bottom:1px solid #999;padding:2px 8px\">").Append(HtmlText.Encode(column.Name)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        long shown = Math.Min(frame.Rows.Count, Math.Max(0, maxRows));
        for (long row = 0; row < shown; row++)
        {
            html.Append("<tr>");
            foreach (var column in frame.Columns)
            {
                var value = column[row];
                html.Append(FrenchDisplay.IsNumber(value)
                        ? "<td style=\"text-align:right;padding:2px 8px;white-space:nowrap\">"
                        : "<td style=\"text-align:left;padding:2px 8px\">")
                    .Append(HtmlText.Encode(FrenchDisplay.Format(value)))
                    .Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>");
        if (frame.Rows.Count > shown) html.Append("\n<p><em>").Append(HtmlText.Encode(MoreRows(frame.Rows.Count - shown, frame.Rows.Count))).Append("</em></p>");
        return html.ToString();
    }

    /// <summary>The same table as aligned text (the <c>text/plain</c> of the output).</summary>
    public static string ToText(DataFrame frame, int maxRows = DefaultMaxRows)
    {
        long shown = Math.Min(frame.Rows.Count, Math.Max(0, maxRows));
        var columns = frame.Columns.ToList();
        var cells = new string[shown + 1][];
        var numeric = new bool[columns.Count];
        cells[0] = columns.Select(c => c.Name).ToArray();
        for (long row = 0; row < shown; row++)
        {
            cells[row + 1] = new string[columns.Count];
            for (int c = 0; c < columns.Count; c++)
            {
                var value = columns[c][row];
                numeric[c] |= FrenchDisplay.IsNumber(value);
                cells[row + 1][c] = FrenchDisplay.Format(value);
            }
        }
        var widths = Enumerable.Range(0, columns.Count).Select(c => cells.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        for (int r = 0; r < cells.Length; r++)
        {
            var line = string.Join("  ", cells[r].Select((cell, c) => numeric[c] && r > 0 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c])));
            text.Append(line.TrimEnd()).Append('\n');
        }
        if (frame.Rows.Count > shown) text.Append(MoreRows(frame.Rows.Count - shown, frame.Rows.Count)).Append('\n');
        return text.ToString();
    }

    private static string MoreRows(long hidden, long total) =>
        $"… {FrenchDisplay.Format(hidden)} ligne{(hidden > 1 ? "s" : "")} de plus ({FrenchDisplay.Format(total)} au total)";
}
