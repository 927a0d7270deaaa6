using System.Text;
using ClosedXML.Excel;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>A table of text cells (header row first) and how it is written to disk.</summary>
public sealed record GeneratedTable(string[][] Rows, char Delimiter, string Encoding)
{
    public override string ToString() =>
        $"{Rows.Length} lignes × {Rows[0].Length} colonnes, « {Delimiter} », {Encoding} : " +
        string.Join(" | ", Rows.Skip(1).Take(3).Select(r => string.Join(Delimiter, r.Select(c => System.Text.Json.JsonSerializer.Serialize(c)))));
}

/// <summary>
/// Tables of awkward text: quotes, both delimiters, line breaks, leading <c>= + - @</c>, numbers and
/// dates as text (<c>007</c>, <c>01/02/2024</c>), accents and typographic signs, and for UTF-8 any
/// other printable character including astral ones. A Windows-1252 table only holds what that
/// encoding represents, and its header holds "prénom" so that the file is not valid UTF-8.
/// </summary>
public static class GeneratedTables
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "é", "È", "ç", "œ", "«", "»", "’", "€", "…", "°", ";", ",", "\"", "\"\"", "\n", "\r\n", " ", "\u00A0", "\t",
        "=", "=SOMME(A1:A3)", "+", "-", "@", "#", "007", "0", "12,50", "1 250", "01/02/2024", "2024-03-05", "45352", "VRAI", "TRUE", "|", "x y",
    ];

    private static readonly string[] Utf8Pieces = ["漢字", "😀", "ـش", "𝄞", "\u202F"];

    private static bool Printable(char c) =>
        c >= ' ' && !(c >= '\u007F' && c <= '\u009F') && !char.IsSurrogate(c) && c != '\uFEFF' && c < '\uFDD0';

    private static readonly Gen<string> AnyPrintable =
        Gen.Choose(0x20, 0xFDCF).Select(i => (char)i).Where(Printable).Select(c => c.ToString());

    private static Gen<string> Cell(bool windows1252)
    {
        var piece = windows1252
            ? Gen.Elements(Pieces)
            : Gen.Frequency((6, Gen.Elements(Pieces)), (1, Gen.Elements(Utf8Pieces)), (1, AnyPrintable));
        return Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(piece, n)).Select(string.Concat);
    }

    public static Arbitrary<GeneratedTable> Tables()
    {
        var table =
            from encoding in Gen.Elements("UTF-8", "UTF-8 (BOM)", "Windows-1252")
            from delimiter in Gen.Elements(';', ',')
            from columns in Gen.Choose(2, 5)
            from rows in Gen.Choose(1, 15)
            from cells in Gen.ArrayOf(Cell(encoding == "Windows-1252"), rows * columns)
            select new GeneratedTable(
                [
                    [.. Enumerable.Range(1, columns).Select(c => c == 1 && encoding == "Windows-1252" ? "prénom" : $"colonne_{c}")],
                    .. Enumerable.Range(0, rows).Select(r => cells.Skip(r * columns).Take(columns).ToArray()),
                ],
                delimiter,
                encoding);
        return Arb.From(table);
    }
}

/// <summary>
/// Any table written as a CSV (RFC 4180 quoting, <c>;</c> or <c>,</c>, UTF-8 with or without BOM
/// or Windows-1252) or as a workbook of text cells comes back through <see cref="TabularFile.Open(string, string?, IEnumerable{string}?)"/>
/// with the same cells, at the same spreadsheet rows. What the reader is documented to change is
/// applied to the expectation: cells are trimmed, blank rows skipped, and in a workbook a line
/// break is a line feed (XML turns a carriage return into one).
/// </summary>
[Properties(Arbitrary = [typeof(GeneratedTables)])]
public sealed class TabularRoundTripTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Quoted(string cell, char delimiter) =>
        cell.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;

    private static Encoding EncodingOf(string name) => name switch
    {
        "UTF-8 (BOM)" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        "Windows-1252" => EncodingDetector.Windows1252,
        _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };

    /// <summary>The rows a reader should give: (spreadsheet row, cleaned cells) for every row that is not blank.</summary>
    private static List<(int Row, string[] Cells)> Expected(GeneratedTable table, Func<string, string> clean) =>
        [.. table.Rows.Skip(1).Select((cells, i) => (Row: i + 2, Cells: cells.Select(clean).ToArray())).Where(r => r.Cells.Any(c => c.Length > 0))];

    private static List<(int Row, string[] Cells)> ReadBack(string path, out IReadOnlyList<string> headers)
    {
        using var reader = TabularFile.Open(path);
        headers = reader.Headers;
        var rows = new List<(int, string[])>();
        while (reader.Read())
            rows.Add((reader.RowNumber, [.. Enumerable.Range(0, headers.Count).Select(reader.Text)]));
        return rows;
    }

    private static string CsvClean(string cell)
    {
        var trimmed = cell.Trim();
        return trimmed.Length > 0 && (trimmed[0] == '\uFEFF' || trimmed[^1] == '\uFEFF') ? trimmed.Trim('\uFEFF').Trim() : trimmed;
    }

    [Property(MaxTest = 300)]
    public bool A_CSV_table_comes_back_cell_for_cell(GeneratedTable table)
    {
        var path = _folder.File($"{Guid.NewGuid():N}.csv");
        var encoding = EncodingOf(table.Encoding);
        var text = string.Concat(table.Rows.Select(r => string.Join(table.Delimiter, r.Select(c => Quoted(c, table.Delimiter))) + "\r\n"));
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var rows = ReadBack(path, out var headers);

        return headers.SequenceEqual(table.Rows[0])
               && rows.Count == Expected(table, CsvClean).Count
               && rows.Zip(Expected(table, CsvClean)).All(p => p.First.Row == p.Second.Row && p.First.Cells.SequenceEqual(p.Second.Cells));
    }

    [Property(MaxTest = 60)]
    public bool A_workbook_of_text_cells_comes_back_cell_for_cell(GeneratedTable table)
    {
        var path = _folder.File($"{Guid.NewGuid():N}.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Données");
            for (int r = 0; r < table.Rows.Length; r++)
                for (int c = 0; c < table.Rows[r].Length; c++)
                {
                    if (table.Rows[r][c].Length == 0) continue;
                    var cell = sheet.Cell(r + 1, c + 1);
                    cell.SetValue(table.Rows[r][c]);
                    cell.DataType = XLDataType.Text;
                }
            workbook.SaveAs(path);
        }
        static string Clean(string cell) => cell.Replace("\r\n", "\n").Replace('\r', '\n').Trim().Trim('\uFEFF');

        var rows = ReadBack(path, out var headers);

        var expected = Expected(table, Clean);
        return headers.SequenceEqual(table.Rows[0])
               && rows.Count == expected.Count
               && rows.Zip(expected).All(p => p.First.Row == p.Second.Row && p.First.Cells.SequenceEqual(p.Second.Cells));
    }
}
