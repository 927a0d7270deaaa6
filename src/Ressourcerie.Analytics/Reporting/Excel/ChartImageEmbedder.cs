using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// Puts PNG charts on a worksheet with the Open XML SDK, after ClosedXML has saved the workbook:
/// ClosedXML 0.95.4's <c>AddPicture</c> reads image sizes with System.Drawing, which needs
/// libgdiplus on Linux. The images are stacked to the right of the sheet's content.
/// </summary>
public static class ChartImageEmbedder
{
    private const long EmuPerPixel = 9525;

    /// <summary>Rows an image of <paramref name="heightPx"/> covers at the default 20-pixel row height, plus one blank.</summary>
    public static int RowsSpanned(int heightPx) => heightPx / 20 + 2;

    public static void Embed(WorksheetPart worksheetPart, IReadOnlyList<SheetImage> images, int firstColumn, int firstRow)
    {
        if (images.Count == 0) return;
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
        int row = firstRow;
        foreach (var image in images)
        {
            var imagePart = drawingsPart.AddImagePart(ImagePartType.Png);
            using (var stream = File.OpenRead(image.PngPath)) imagePart.FeedData(stream);
            drawing.Append(Anchor(drawingsPart.GetIdOfPart(imagePart), shapeId++, image, firstColumn, row));
            row += RowsSpanned(image.HeightPx);
        }
        drawing.Save();
        worksheetPart.Worksheet.Save();
    }

    private static Xdr.OneCellAnchor Anchor(string relationshipId, uint id, SheetImage image, int column, int row)
    {
        long cx = image.WidthPx * EmuPerPixel, cy = image.HeightPx * EmuPerPixel;
        return new Xdr.OneCellAnchor(
            new Xdr.FromMarker(
                new Xdr.ColumnId((column - 1).ToString()),
                new Xdr.ColumnOffset("0"),
                new Xdr.RowId((row - 1).ToString()),
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
