using System.IO.Compression;
using System.Xml;

namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// The error cells (<c>#N/A</c>, <c>#DIV/0!</c>…) of one sheet of a workbook. ExcelDataReader 3.6
/// (the newest version our package source serves) hands them over as empty cells, which would let
/// a failed formula pass for a blank; so the sheet's XML is scanned for cells of type <c>e</c>,
/// first as bytes (nothing more to do in the usual workbook without errors), then, only when some
/// exist, with an <see cref="XmlReader"/>.
/// </summary>
internal static class XlsxErrorCells
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const int MaxErrors = 1_000_000;

    /// <summary>(row, column) as one-based row and zero-based column → the error literal.</summary>
    public static Dictionary<(int Row, int Column), string> Find(Stream workbook, string sheetName)
    {
        var errors = new Dictionary<(int, int), string>();
        long start = workbook.Position;
        try
        {
            using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
            var part = SheetPart(zip, sheetName);
            if (part is null || !ContainsErrorType(part)) return errors;
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
                    if (xml.GetAttribute("t") != "e" || xml.IsEmptyElement) continue;
                    var value = ReadValue(xml);
                    if (value is not null) errors[(row, column)] = value;
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

    private static string? ReadValue(XmlReader cell)
    {
        int depth = cell.Depth;
        while (cell.Read() && cell.Depth > depth)
            if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "v") return cell.ReadElementContentAsString().Trim();
        return null;
    }

    /// <summary>Zero-based column of an A1 reference ("J5" → 9).</summary>
    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        int column = 0, i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++) column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        return i == 0 ? null : column - 1;
    }

    private static bool ContainsErrorType(ZipArchiveEntry part)
    {
        ReadOnlySpan<byte> doubleQuoted = "t=\"e\""u8, singleQuoted = "t='e'"u8;
        using var stream = part.Open();
        var buffer = new byte[1 << 16];
        int carried = 0;
        while (true)
        {
            int n = stream.Read(buffer, carried, buffer.Length - carried);
            if (n == 0) return false;
            var span = buffer.AsSpan(0, carried + n);
            if (span.IndexOf(doubleQuoted) >= 0 || span.IndexOf(singleQuoted) >= 0) return true;
            carried = Math.Min(4, span.Length);
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
