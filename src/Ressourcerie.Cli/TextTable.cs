namespace Ressourcerie.Cli;

/// <summary>
/// A plain-text table for the terminal: the first column left-aligned (labels), the others
/// right-aligned (figures), columns as wide as their widest cell, a rule under the header. Cells
/// longer than <see cref="MaxCellWidth"/> are shortened with "…" so that one long code name does
/// not push the figures off the screen.
/// </summary>
public static class TextTable
{
    public const int MaxCellWidth = 60;

    public static void Write(TextWriter output, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var cells = rows.Select(r => r.Select(Fit).ToArray()).ToList();
        var widths = headers.Select((h, c) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(r => c < r.Length ? r[c].Length : 0))).ToArray();
        output.WriteLine(Line(headers.Select(Fit).ToArray(), widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells) output.WriteLine(Line(row, widths));
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", widths.Select((w, c) =>
        {
            var cell = c < cells.Count ? cells[c] : "";
            return c == 0 ? cell.PadRight(w) : cell.PadLeft(w);
        })).TrimEnd();

    private static string Fit(string cell) => cell.Length <= MaxCellWidth ? cell : cell[..(MaxCellWidth - 1)] + "…";
}
