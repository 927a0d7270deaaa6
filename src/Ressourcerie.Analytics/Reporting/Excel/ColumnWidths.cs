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
            double header = Math.Max(MinWidth, HeaderWidth(columns[i].Header) + FilterButton);
            // A bounded column still holds its header's longest word: a header is never cut mid-word.
            _widths[i] = columns[i].MaxWidth is { } max ? Math.Min(header, Math.Max(max, LongestWord(columns[i].Header) * 1.1 + FilterButton)) : header;
        }
    }

    public IReadOnlyList<double> Widths => _widths;

    public void Observe(IReadOnlyList<CellValue> row)
    {
        for (int i = 0; i < _widths.Length && i < row.Count; i++)
        {
            double width = Measure(row[i], _columns[i]) + 1.5;
            // A bounded column wraps its text, but a number or a date always fits (never « #### »).
            double cap = row[i].Kind != CellValueKind.Text ? MaxWidth : _columns[i].MaxWidth ?? (_columns[i].Wrap ? MaxWrappedWidth : MaxWidth);
            _widths[i] = Math.Max(_widths[i], Math.Min(cap, width));
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

    private static double LongestWord(string text) => text.Split(' ').Max(TextWidth);

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

    /// <summary>The left indent of table text (<see cref="SheetStyles"/>), in characters.</summary>
    private const double TextIndent = 1;

    private static double Measure(in CellValue value, TableColumn column) => value.Kind switch
    {
        CellValueKind.Text => TextWidth(value.Text!) + TextIndent,
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
        // Paragraph text is proportional: about 5 % wider than the character count says.
        int lines = WrappedLines(text, Math.Max(10, usable) / 1.05);
        return lines > 1 ? 15.0 * Math.Min(lines, 20) : null;
    }

    /// <summary>Excel's tallest row, 409 points, holds 27 lines of Calibri 11.</summary>
    private const int MaxRowLines = 27;

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
            lines = Math.Max(lines, WrappedLines(row[i].Text!, Math.Max(4, widths[i] - 1.5 - TextIndent)));
        }
        return lines > 1 ? 15.0 * Math.Min(lines, MaxRowLines) : null;
    }

    /// <summary>
    /// The height in points of a table's header row, whose headers wrap within their columns (room
    /// kept for the filter button), at most <see cref="MaxHeaderLines"/> lines.
    /// </summary>
    public static double HeaderRowHeight(IReadOnlyList<TableColumn> columns, IReadOnlyList<double> widths)
    {
        int lines = 1;
        // Calibri bold is about 5 % wider than regular.
        for (int c = 0; c < columns.Count && c < widths.Count; c++)
            lines = Math.Max(lines, WrappedLines(columns[c].Header, Math.Max(1, widths[c] - FilterButton) / 1.05));
        return 15 * Math.Min(lines, MaxHeaderLines);
    }

    /// <summary>Lines a header may take before it is cut: narrow bounded columns need four or five.</summary>
    public const int MaxHeaderLines = 5;

    /// <summary>
    /// Lines <paramref name="text"/> takes in a column <paramref name="usable"/> characters wide,
    /// wrapped at spaces and after hyphens as spreadsheets do (a word longer than the line is
    /// broken). Counting characters alone underestimates narrow columns, where each line loses the
    /// end of a word.
    /// </summary>
    public static int WrappedLines(string text, double usable)
    {
        int lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            int paragraphLines = 1;
            double current = 0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                bool afterSpace = true;
                foreach (var part in HyphenParts(word))
                {
                    double width = TextWidth(part) * WrappedLetterWidth;
                    double needed = current == 0 ? width : current + (afterSpace ? WrappedLetterWidth : 0) + width;
                    afterSpace = false;
                    if (needed <= usable) { current = needed; continue; }
                    if (current > 0) paragraphLines++;
                    // A part wider than the line runs over as many lines as it fills.
                    int extra = Math.Max(0, (int)Math.Ceiling(width / usable) - 1);
                    paragraphLines += extra;
                    current = width - extra * usable;
                }
            }
            lines += paragraphLines;
        }
        return Math.Max(1, lines);
    }

    /// <summary>
    /// Calibri's lowercase letters average about 0.85 of Excel's character unit (the width of a
    /// digit): a wrapped line of prose holds more letters than the column has units.
    /// </summary>
    private const double WrappedLetterWidth = 0.85;

    private static IEnumerable<string> HyphenParts(string word)
    {
        int start = 0;
        for (int i = 0; i < word.Length - 1; i++)
            if (word[i] == '-' && i > start)
            {
                yield return word[start..(i + 1)];
                start = i + 1;
            }
        yield return word[start..];
    }
}
