using System.IO.Compression;
using System.Xml;

namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// The error cells (<c>#N/A</c>, <c>#DIV/0!</c>…) of one sheet of a workbook, and its formulas
/// without a cached value (a workbook written by a program and never opened in Excel). ExcelDataReader
/// 3.6 (the newest version our package source serves) hands both over as empty cells, which would
/// let a failed or uncomputed formula pass for a blank; so the sheet's XML is scanned, first as
/// bytes (nothing more to do in the usual workbook), then, only when some may exist, with an
/// <see cref="XmlReader"/>. An uncached formula is returned as its text after <c>=</c>.
/// </summary>
internal static class XlsxErrorCells
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const int MaxErrors = 1_000_000;

    /// <summary>(row, column) as one-based row and zero-based column → the error literal, or "=" and the formula.</summary>
    public static Dictionary<(int Row, int Column), string> Find(Stream workbook, string sheetName)
    {
        var errors = new Dictionary<(int, int), string>();
        long start = workbook.Position;
        try
        {
            using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
            var part = SheetPart(zip, sheetName);
            if (part is null || !MayHoldSpecialCells(part)) return errors;
            using var stream = part.Open();
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
            int row = 0, column = -1;
            while (xml.Read() && errors.Count < MaxErrors)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != MainNamespace) continue;
                if (xml.LocalName == "row")
                {
                    row = int.TryParse(xml.GetAttribute("r"), out int r) ? r : row + 1;
                    column = -1;
                }
                else if (xml.LocalName == "c")
                {
                    column = ColumnOf(xml.GetAttribute("r")) ?? column + 1;
                    if (xml.IsEmptyElement) continue;
                    bool isError = xml.GetAttribute("t") == "e";
                    var (formula, value, hasValue) = ReadCell(xml);
                    if (isError && value is not null) errors[(row, column)] = value;
                    else if (formula is not null && !hasValue) errors[(row, column)] = "=" + (formula.Length > 0 ? formula : "…");
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            // ExcelDataReader reports unreadable workbooks with a clear message; nothing to add here.
        }
        finally
        {
            workbook.Position = start;
        }
        return errors;
    }

    /// <summary>The cell's formula (null when none), its cached value, and whether it has one (a <c>v</c> or an inline string, even empty).</summary>
    private static (string? Formula, string? Value, bool HasValue) ReadCell(XmlReader cell)
    {
        int depth = cell.Depth;
        string? formula = null, value = null;
        bool hasValue = false;
        bool positioned = false;
        // ReadElementContentAsString leaves the reader on the next node: it must not be skipped by another Read.
        while ((positioned || cell.Read()) && cell.Depth > depth)
        {
            positioned = false;
            if (cell.NodeType != XmlNodeType.Element) continue;
            switch (cell.LocalName)
            {
                case "f":
                    formula = "";
                    if (cell.IsEmptyElement) break;
                    formula = cell.ReadElementContentAsString().Trim();
                    positioned = true;
                    break;
                case "v":
                    hasValue = true;
                    if (cell.IsEmptyElement) break;
                    value = cell.ReadElementContentAsString().Trim();
                    positioned = true;
                    break;
                case "is":
                    hasValue = true;
                    break;
            }
        }
        return (formula, value, hasValue);
    }

    /// <summary>Zero-based column of an A1 reference ("J5" → 9).</summary>
    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        int column = 0, i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++) column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        return i == 0 ? null : column - 1;
    }

    /// <summary>
    /// Byte patterns of an error cell (<c>t="e"</c>) and of a formula closed without a value (its
    /// cell ends right after it: <c>…&lt;/f&gt;&lt;/c&gt;</c>, or a self-closing child before <c>&lt;/c&gt;</c>),
    /// without and with the <c>x:</c> prefix that the Open XML SDK writes. Excel always writes a
    /// value after a formula, so the XML pass is skipped for its files.
    /// </summary>
    private static readonly byte[][] Patterns =
        ["t=\"e\""u8.ToArray(), "t='e'"u8.ToArray(), "f></c>"u8.ToArray(), "f></x:c>"u8.ToArray(), "/></c>"u8.ToArray(), "/></x:c>"u8.ToArray()];

    private static bool MayHoldSpecialCells(ZipArchiveEntry part)
    {
        int longest = Patterns.Max(p => p.Length);
        using var stream = part.Open();
        var buffer = new byte[1 << 16];
        int carried = 0;
        while (true)
        {
            int n = stream.Read(buffer, carried, buffer.Length - carried);
            if (n == 0) return false;
            var span = buffer.AsSpan(0, carried + n);
            foreach (var pattern in Patterns)
                if (span.IndexOf(pattern) >= 0) return true;
            carried = Math.Min(longest - 1, span.Length);
            span[^carried..].CopyTo(buffer);
        }
    }

    private static ZipArchiveEntry? SheetPart(ZipArchive zip, string sheetName)
    {
        string? relationId = null;
        using (var stream = zip.GetEntry("xl/workbook.xml")?.Open())
        {
            if (stream is null) return null;
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (xml.Read())
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.GetAttribute("name") == sheetName)
                {
                    relationId = xml.GetAttribute("id", RelationshipNamespace);
                    break;
                }
        }
        if (relationId is null) return null;
        using (var stream = zip.GetEntry("xl/_rels/workbook.xml.rels")?.Open())
        {
            if (stream is null) return null;
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship" || xml.GetAttribute("Id") != relationId) continue;
                var target = xml.GetAttribute("Target") ?? "";
                var path = target.StartsWith('/') ? target[1..] : "xl/" + target;
                return zip.GetEntry(path);
            }
        }
        return null;
    }
}
