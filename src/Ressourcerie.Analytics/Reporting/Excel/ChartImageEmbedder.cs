using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// Puts PNG charts on a worksheet with the Open XML SDK, after ClosedXML has saved the workbook:
/// ClosedXML 0.95.4's <c>AddPicture</c> reads image sizes with System.Drawing, which needs
/// libgdiplus on Linux. Each image is anchored to one cell at its <see cref="ChartPlacement"/>,
/// keeping its size whatever the widths of the columns it covers.
/// </summary>
public static class ChartImageEmbedder
{
    private const long EmuPerPixel = 9525;

    /// <summary>Excel's default column width in pixels (8,43 characters of Calibri 11).</summary>
    private const int DefaultColumnPx = 64;

    public static void Embed(WorksheetPart worksheetPart, IReadOnlyList<ChartPlacement> placements)
    {
        if (placements.Count == 0) return;
        var drawingsPart = worksheetPart.DrawingsPart;
        if (drawingsPart is null)
        {
            drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
            drawingsPart.WorksheetDrawing = new Xdr.WorksheetDrawing();
            drawingsPart.WorksheetDrawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
            drawingsPart.WorksheetDrawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
            InsertDrawingReference(worksheetPart.Worksheet, new Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) });
        }

        var drawing = drawingsPart.WorksheetDrawing;
        uint shapeId = (uint)drawing.Descendants<Xdr.NonVisualDrawingProperties>().Count() + 2;
        var columnsPx = ColumnWidthsPx(worksheetPart.Worksheet);
        foreach (var placement in placements)
        {
            var imagePart = drawingsPart.AddImagePart(ImagePartType.Png);
            using (var stream = File.OpenRead(placement.Image.PngPath)) imagePart.FeedData(stream);
            var (column, offsetPx) = ColumnAt(columnsPx, placement.LeftPx);
            drawing.Append(Anchor(drawingsPart.GetIdOfPart(imagePart), shapeId++, placement.Image, column, offsetPx, placement.Row));
        }
        drawing.Save();
        worksheetPart.Worksheet.Save();
    }

    /// <summary>
    /// The 0-based column holding <paramref name="leftPx"/> and the offset into it: spreadsheets
    /// ignore a column offset wider than its column, so a chart beside another starts in the
    /// column under its left edge.
    /// </summary>
    public static (int Column, int OffsetPx) ColumnAt(IReadOnlyDictionary<int, int> columnsPx, int leftPx)
    {
        int column = 0, start = 0;
        while (true)
        {
            int width = columnsPx.TryGetValue(column, out var px) ? px : DefaultColumnPx;
            if (leftPx < start + width) return (column, leftPx - start);
            start += width;
            column++;
        }
    }

    /// <summary>
    /// Widths in pixels of the columns the sheet sizes, by 0-based index. Excel's rule for a width
    /// of w characters of a 7-pixel font: Truncate((256 w + Truncate(128/7)) / 256 × 7) (ECMA-376
    /// part 1, §18.3.1.13).
    /// </summary>
    private static Dictionary<int, int> ColumnWidthsPx(Worksheet worksheet)
    {
        var widths = new Dictionary<int, int>();
        foreach (var column in worksheet.Descendants<Column>())
        {
            if (column.Width?.Value is not { } width) continue;
            int px = (int)Math.Truncate((256 * width + 18) / 256 * 7);
            for (uint c = column.Min!.Value; c <= column.Max!.Value; c++) widths[(int)c - 1] = px;
        }
        return widths;
    }

    private static Xdr.OneCellAnchor Anchor(string relationshipId, uint id, SheetImage image, int column, int offsetPx, int row)
    {
        long cx = image.WidthPx * EmuPerPixel, cy = image.HeightPx * EmuPerPixel;
        return new Xdr.OneCellAnchor(
            new Xdr.FromMarker(
                new Xdr.ColumnId(column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Xdr.ColumnOffset((offsetPx * EmuPerPixel).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Xdr.RowId((row - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Xdr.RowOffset("0")),
            new Xdr.Extent { Cx = cx, Cy = cy },
            new Xdr.Picture(
                new Xdr.NonVisualPictureProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = $"Graphique {id - 1}", Description = SafeText.Clean(image.Description) },
                    new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                new Xdr.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                new Xdr.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
            new Xdr.ClientData());
    }

    /// <summary>
    /// The schema fixes the order of a worksheet's children: <c>drawing</c> comes after the page
    /// setup and before <c>legacyDrawing</c>, <c>tableParts</c> and <c>extLst</c>.
    /// </summary>
    private static void InsertDrawingReference(Worksheet worksheet, Drawing reference)
    {
        var before = worksheet.ChildElements.FirstOrDefault(e =>
            e is LegacyDrawing or LegacyDrawingHeaderFooter or DrawingHeaderFooter or Picture or OleObjects or Controls
                or WebPublishItems or TableParts or WorksheetExtensionList);
        if (before is null) worksheet.Append(reference);
        else worksheet.InsertBefore(reference, before);
    }
}
