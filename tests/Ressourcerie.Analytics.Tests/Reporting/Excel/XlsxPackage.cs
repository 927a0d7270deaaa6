using System.IO.Compression;
using System.Xml.Linq;

namespace Ressourcerie.Analytics.Tests.Reporting.Excel;

/// <summary>Reads the raw XML of a saved workbook, to check what a spreadsheet application will really see.</summary>
public static class XlsxPackage
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static XDocument Entry(string xlsx, string entryName)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        var entry = zip.GetEntry(entryName) ?? throw new InvalidOperationException($"{entryName} absent de {xlsx}");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    public static IReadOnlyList<string> EntryNames(string xlsx)
    {
        using var zip = ZipFile.OpenRead(xlsx);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    /// <summary>The XML of the worksheet named <paramref name="sheetName"/>, following the workbook's relationships.</summary>
    public static XDocument Sheet(string xlsx, string sheetName) => Entry(xlsx, SheetPath(xlsx, sheetName));

    private static string SheetPath(string xlsx, string sheetName)
    {
        var workbook = Entry(xlsx, "xl/workbook.xml");
        var id = workbook.Descendants(Main + "sheet").Single(s => (string?)s.Attribute("name") == sheetName).Attribute(Relationships + "id")!.Value;
        var rels = Entry(xlsx, "xl/_rels/workbook.xml.rels");
        var target = rels.Descendants(PackageRelationships + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!.Value;
        return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
    }

    /// <summary>
    /// The charts' anchors on a sheet, as a spreadsheet places them: 1-based row and column of the
    /// top-left cell, the offset into that column and the size, in pixels (96 dpi).
    /// </summary>
    public static IReadOnlyList<PictureAnchor> PictureAnchors(string xlsx, string sheetName)
    {
        var sheetPath = SheetPath(xlsx, sheetName);
        if (!Entry(xlsx, sheetPath).Descendants(Main + "drawing").Any()) return [];
        var sheetRels = Entry(xlsx, Path.GetDirectoryName(sheetPath)!.Replace('\\', '/') + "/_rels/" + Path.GetFileName(sheetPath) + ".rels");
        var drawingTarget = sheetRels.Descendants(PackageRelationships + "Relationship").Single(r => ((string)r.Attribute("Type")!).EndsWith("/drawing")).Attribute("Target")!.Value;
        var drawingPath = Path.GetFullPath(Path.Combine("/" + Path.GetDirectoryName(sheetPath), drawingTarget)).TrimStart('/').Replace('\\', '/');
        XNamespace xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
        const long emuPerPixel = 9525;
        return [.. Entry(xlsx, drawingPath).Root!.Elements(xdr + "oneCellAnchor").Select(a =>
        {
            var from = a.Element(xdr + "from")!;
            var extent = a.Element(xdr + "ext")!;
            return new PictureAnchor(
                int.Parse(from.Element(xdr + "row")!.Value) + 1,
                int.Parse(from.Element(xdr + "col")!.Value) + 1,
                (int)(long.Parse(from.Element(xdr + "colOff")!.Value) / emuPerPixel),
                (int)(long.Parse((string)extent.Attribute("cx")!) / emuPerPixel),
                (int)(long.Parse((string)extent.Attribute("cy")!) / emuPerPixel));
        })];
    }

    /// <summary>The workbook-level defined names: (name, local sheet index or null, formula).</summary>
    public static IReadOnlyList<(string Name, int? SheetIndex, string Formula)> DefinedNames(string xlsx) =>
        [.. Entry(xlsx, "xl/workbook.xml").Descendants(Main + "definedName")
            .Select(d => ((string)d.Attribute("name")!, (int?)d.Attribute("localSheetId"), d.Value))];

    public static IReadOnlyList<string> SharedStrings(string xlsx) =>
        EntryNames(xlsx).Contains("xl/sharedStrings.xml")
            ? [.. Entry(xlsx, "xl/sharedStrings.xml").Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value)))]
            : [];

    /// <summary>The cell element at a reference such as "B7".</summary>
    public static XElement Cell(XDocument sheet, string reference) =>
        sheet.Descendants(Main + "c").Single(c => (string?)c.Attribute("r") == reference);

    /// <summary>The text a cell holds as stored: shared string or inline string.</summary>
    public static string StoredText(string xlsx, XElement cell)
    {
        var type = (string?)cell.Attribute("t");
        return type switch
        {
            "s" => SharedStrings(xlsx)[int.Parse(cell.Element(Main + "v")!.Value)],
            "inlineStr" => string.Concat(cell.Element(Main + "is")!.Descendants(Main + "t").Select(t => t.Value)),
            _ => throw new InvalidOperationException($"La cellule {(string?)cell.Attribute("r")} n'est pas du texte (t={type})."),
        };
    }

    /// <summary>True when the cell's style (cellXfs entry) carries Excel's quote prefix.</summary>
    public static bool HasQuotePrefix(string xlsx, XElement cell)
    {
        int style = int.Parse((string?)cell.Attribute("s") ?? "0");
        var xf = Entry(xlsx, "xl/styles.xml").Root!.Element(Main + "cellXfs")!.Elements(Main + "xf").ElementAt(style);
        return (string?)xf.Attribute("quotePrefix") is "1" or "true";
    }
}

/// <summary>A picture's place on a sheet (1-based row and column, pixels).</summary>
public sealed record PictureAnchor(int Row, int Column, int ColumnOffsetPx, int WidthPx, int HeightPx);
