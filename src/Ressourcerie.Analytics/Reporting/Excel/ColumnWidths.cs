using System.Globalization;

namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// Column widths computed from the content, in Excel's character units. ClosedXML 0.95.4's
/// <c>AdjustToContents</c> measures text with System.Drawing, which on Linux needs libgdiplus (absent
/// from a machine with only the .NET SDK) and is slow on large sheets; counting characters is
/// portable, deterministic and good enough for Calibri 11.
/// </summary>
public sealed class ColumnWidths
{
    private const double MinWidth = 6;
    private const double MaxWidth = 60;
    private const double MaxWrappedWidth = 80;

    /// <summary>Room for the filter button Excel draws in a table header.</summary>
    private const double FilterButton = 3;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly double[] _widths;

    public ColumnWidths(IReadOnlyList<TableColumn> columns)
    {
        _columns = columns;
        _widths = new double[columns.Count];
        for (int i = 0; i < columns.Count; i++)
        {
            // A header wraps on two lines rather than widening a column of short values too much.
            double header = HeaderWidth(columns[i].Header);
            _widths[i] = Math.Max(MinWidth, header + FilterButton);
        }
    }

    public IReadOnlyList<double> Widths => _widths;

    public void Observe(IReadOnlyList<CellValue> row)
    {
        for (int i = 0; i < _widths.Length && i < row.Count; i++)
        {
            double width = Measure(row[i], _columns[i]) + 1.5;
            double cap = _columns[i].Wrap ? MaxWrappedWidth : MaxWidth;
            _widths[i] = Math.Min(cap, Math.Max(_widths[i], width));
        }
    }

    /// <summary>Merges the widths of another table placed in the same columns.</summary>
    public static double[] Max(IEnumerable<IReadOnlyList<double>> tables)
    {
        var result = new List<double>();
        foreach (var widths in tables)
            for (int i = 0; i < widths.Count; i++)
                if (i < result.Count) result[i] = Math.Max(result[i], widths[i]);
                else result.Add(widths[i]);
        return [.. result];
    }

    private static double HeaderWidth(string header)
    {
        if (header.Length <= 14) return header.Length * 1.1;
        // Longest line if the header wraps on two lines at the space nearest the middle.
        int middle = header.Length / 2;
        int best = -1;
        for (int i = 0; i < header.Length; i++)
            if (header[i] == ' ' && (best < 0 || Math.Abs(i - middle) < Math.Abs(best - middle))) best = i;
        int longest = best < 0 ? header.Length : Math.Max(best, header.Length - best - 1);
        return longest * 1.1;
    }

    private static double Measure(in CellValue value, TableColumn column) => value.Kind switch
    {
        CellValueKind.Text => TextWidth(value.Text!),
        CellValueKind.Date => 10,
        CellValueKind.Number => NumberWidth(value.Number, value.Format ?? column.Format),
        _ => 0,
    };

    private static double TextWidth(string text)
    {
        int longestLine = 0, current = 0, wide = 0;
        foreach (char c in text)
        {
            if (c == '\n') { longestLine = Math.Max(longestLine, current); current = 0; continue; }
            current++;
            if (char.IsUpper(c) || c is 'm' or 'w' or 'M' or 'W') wide++;
        }
        longestLine = Math.Max(longestLine, current);
        // Capitals and wide letters take about 1.3 character units in Calibri.
        return longestLine + Math.Min(wide, longestLine) * 0.3;
    }

    private static double NumberWidth(double number, CellFormat format) => format switch
    {
        CellFormat.Integer => number.ToString("N0", French).Length,
        CellFormat.Decimal2 => number.ToString("N2", French).Length,
        CellFormat.Percent => (number * 100).ToString("N1", French).Length + 2,
        CellFormat.Euros => number.ToString("N0", French).Length + 2,
        CellFormat.Date => 10,
        CellFormat.General => number.ToString("G10", French).Length,
        _ => number.ToString("N1", French).Length,
    };

    /// <summary>Excel's default column width, in characters.</summary>
    public const double DefaultWidth = 8.43;

    /// <summary>The narrowest line, in characters, a paragraph wraps at.</summary>
    private const double MinParagraphWidth = 100;

    /// <summary>
    /// Columns a sheet's explanation paragraphs are merged across, so that they wrap there: those of
    /// its tables, plus default-width ones while that is narrower than a readable line. Left to run
    /// on, a long paragraph widened the printed page far beyond the tables.
    /// </summary>
    public static int ParagraphColumns(IReadOnlyList<double> widths)
    {
        int columns = widths.Count;
        double total = widths.Sum();
        for (; total < MinParagraphWidth; columns++) total += DefaultWidth;
        return Math.Max(columns, 1);
    }

    /// <summary>The height in points of a paragraph merged across the first <paramref name="columns"/> columns, or null for one line.</summary>
    public static double? ParagraphHeight(string text, IReadOnlyList<double> widths, int columns)
    {
        double usable = -2;
        for (int c = 0; c < columns; c++) usable += c < widths.Count ? widths[c] : DefaultWidth;
        int lines = 0;
        // Paragraph text is proportional: about 5 % wider than the character count says.
        foreach (var line in text.Split('\n')) lines += Math.Max(1, (int)Math.Ceiling(TextWidth(line) * 1.05 / Math.Max(10, usable)));
        return lines > 1 ? 15.0 * Math.Min(lines, 20) : null;
    }

    /// <summary>
    /// The height of a row whose wrapped cells need several lines, in points (15 per line of
    /// Calibri 11), or null for a single line. Spreadsheets do not all grow such rows on opening
    /// (LibreOffice keeps the default height), so the writers set it.
    /// </summary>
    public static double? RowHeight(IReadOnlyList<TableColumn> columns, IReadOnlyList<double> widths, IReadOnlyList<CellValue> row)
    {
        int lines = 1;
        for (int i = 0; i < columns.Count && i < row.Count; i++)
        {
            if (!columns[i].Wrap || row[i].Kind != CellValueKind.Text) continue;
            double usable = Math.Max(4, widths[i] - 1.5);
            int cellLines = 0;
            foreach (var line in row[i].Text!.Split('\n')) cellLines += Math.Max(1, (int)Math.Ceiling(TextWidth(line) / usable));
            lines = Math.Max(lines, cellLines);
        }
        return lines > 1 ? 15.0 * Math.Min(lines, 20) : null;
    }
}
