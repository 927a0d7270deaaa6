using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ressourcerie.Analytics.Tests.Reporting.Excel;

/// <summary>
/// Opens a written workbook with ClosedXML, as a user's script would. ClosedXML 0.95.4 decodes
/// every embedded picture with System.Drawing while loading, which fails on Linux without
/// libgdiplus; so pictures are removed from a copy first (their presence is checked on the raw
/// XML by other tests), and everything else is read as written.
/// </summary>
public static class ClosedXmlReader
{
    public static XLWorkbook Open(string xlsx)
    {
        var copy = Path.Combine(Path.GetDirectoryName(xlsx)!, Path.GetFileNameWithoutExtension(xlsx) + "-sans-images.xlsx");
        File.Copy(xlsx, copy, overwrite: true);
        using (var document = SpreadsheetDocument.Open(copy, isEditable: true))
        {
            foreach (var part in document.WorkbookPart!.WorksheetParts)
            {
                if (part.DrawingsPart is not { } drawings) continue;
                part.Worksheet.RemoveAllChildren<Drawing>();
                part.Worksheet.Save();
                part.DeletePart(drawings);
            }
        }
        return new XLWorkbook(copy);
    }
}
