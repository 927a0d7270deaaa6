using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// Writes report sheets to an .xlsx file: ClosedXML for ordinary sheets, then, on the saved
/// package, the streamed sheets (<see cref="StreamingSheetWriter"/>) and the chart images
/// (<see cref="ChartImageEmbedder"/>), placed above each sheet's tables by <see cref="ChartGrid"/>.
/// </summary>
public static class WorkbookWriter
{
    /// <exception cref="InvalidOperationException">A streamed sheet has more rows than Excel accepts; no workbook is left at <paramref name="path"/>.</exception>
    public static IReadOnlyList<SheetLayout> Write(
        string path,
        IReadOnlyList<ReportSheet> sheets,
        IReadOnlyList<SheetImage> images,
        DateTime? documentDate = null) => Write(path, sheets, images, documentDate, StreamingSheetWriter.ExcelMaxRows);

    /// <param name="maxRows">Rows a streamed sheet may hold (Excel's limit; smaller in tests).</param>
    internal static IReadOnlyList<SheetLayout> Write(
        string path,
        IReadOnlyList<ReportSheet> sheets,
        IReadOnlyList<SheetImage> images,
        DateTime? documentDate,
        int maxRows)
    {
        var duplicate = sheets.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Deux feuilles portent le nom « {duplicate.Key} ».", nameof(sheets));
        foreach (var image in images)
        {
            var target = sheets.FirstOrDefault(s => s.Name == image.SheetName)
                ?? throw new ArgumentException($"Le graphique « {image.Description} » vise une feuille absente : {image.SheetName}.", nameof(images));
            if (target.Streamed)
                throw new ArgumentException($"Le graphique « {image.Description} » ne peut pas être placé sur la feuille volumineuse {image.SheetName}.", nameof(images));
        }

        var imagesBySheet = images.GroupBy(i => i.SheetName).ToDictionary(g => g.Key, g => (IReadOnlyList<SheetImage>)[.. g], StringComparer.Ordinal);
        var names = new TableNames();
        var layouts = new Dictionary<string, SheetLayout>(StringComparer.Ordinal);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using (var workbook = new XLWorkbook())
        {
            if (documentDate is { } date)
            {
                workbook.Properties.Created = date;
                workbook.Properties.Modified = date;
            }
            foreach (var sheet in sheets)
            {
                var worksheet = workbook.AddWorksheet(sheet.Name);
                if (sheet.Streamed) StreamingSheetWriter.WriteStyleProbe(worksheet);
                else layouts[sheet.Name] = ClosedXmlSheetWriter.Write(
                    worksheet, sheet, names, imagesBySheet.TryGetValue(sheet.Name, out var sheetImages) ? ChartGrid.Rows(sheetImages) : 0);
            }
            workbook.SaveAs(path);
        }

        var streamedContent = new Dictionary<string, string>(StringComparer.Ordinal);
        var contentFiles = new List<string>();
        try
        {
            using (var document = SpreadsheetDocument.Open(path, isEditable: true))
            {
                var workbookPart = document.WorkbookPart!;
                uint nextTableId = workbookPart.WorksheetParts.SelectMany(p => p.TableDefinitionParts)
                    .Select(p => p.Table.Id?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1;
                var entries = workbookPart.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, StringComparer.Ordinal);
                foreach (var sheet in sheets.Where(s => s.Streamed))
                {
                    var contentFile = $"{path}.feuille{contentFiles.Count + 1}.tmp";
                    contentFiles.Add(contentFile);
                    var (layout, entryName) = StreamingSheetWriter.Replace(workbookPart, entries[sheet.Name], sheet, names, ref nextTableId, contentFile, maxRows);
                    layouts[sheet.Name] = layout;
                    streamedContent[entryName] = contentFile;
                }
                for (int i = 0; i < sheets.Count; i++)
                    if (layouts[sheets[i].Name].PrintTitleRow is var titleRow and > 0)
                        AddDefinedName(workbookPart.Workbook, SheetPrintSetup.PrintTitles(sheets[i].Name, (uint)i, titleRow));
                foreach (var (sheetName, sheetImages) in imagesBySheet)
                {
                    var part = (WorksheetPart)workbookPart.GetPartById(entries[sheetName].Id!.Value!);
                    ChartImageEmbedder.Embed(part, ChartGrid.Place(sheetImages, layouts[sheetName].ChartRow));
                }
                workbookPart.Workbook.Save();
            }
            PackageEntries.Replace(path, streamedContent);
        }
        catch
        {
            // The workbook saved by ClosedXML still holds the placeholder sheets: not a result.
            File.Delete(path);
            throw;
        }
        finally
        {
            foreach (var file in contentFiles)
                if (File.Exists(file)) File.Delete(file);
        }
        return [.. sheets.Select(s => layouts[s.Name])];
    }

    /// <summary>The schema puts <c>definedNames</c> after <c>sheets</c> (and before <c>calcPr</c>), where ClosedXML left it if it wrote one.</summary>
    private static void AddDefinedName(Workbook workbook, DefinedName name)
    {
        var definedNames = workbook.DefinedNames;
        if (definedNames is null)
        {
            definedNames = new DefinedNames();
            workbook.InsertAfter(definedNames, workbook.Sheets);
        }
        definedNames.Append(name);
    }
}
