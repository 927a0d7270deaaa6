using ClosedXML.Excel;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// How every report sheet prints, for both writers: A4 landscape (the ministry prints A4), one page
/// wide and as many pages down as the content needs, narrow side margins so that the scale stays as
/// large as the width allows, the sheet's name and page number in the footer. A header row is
/// repeated at the top of every page only when the sheet holds a single table: on a summary sheet
/// of several tables, the first table's header would be wrong over the others.
/// </summary>
public static class SheetPrintSetup
{
    public const double SideMarginInches = 0.4;
    public const double TopBottomMarginInches = 0.6;
    public const double HeaderFooterMarginInches = 0.3;

    /// <summary>Open XML's paper size code for A4 (ECMA-376 part 1, §18.3.1.64).</summary>
    public const uint A4PaperSize = 9;

    /// <summary>The footer's codes: centred, sheet name, page number and number of pages.</summary>
    public const string FooterCodes = "&C&A – page &P / &N";

    /// <summary>The header row to repeat on each printed page, or 0.</summary>
    public static int PrintTitleRow(ReportSheet sheet, int firstHeaderRow) => sheet.Tables.Count == 1 ? firstHeaderRow : 0;

    /// <summary>
    /// The page settings of a ClosedXML sheet. Its print titles are written by
    /// <see cref="PrintTitles"/> afterwards: ClosedXML 0.95.4 writes them as relative rows
    /// (<c>'Feuille'!5:5</c>), which LibreOffice ignores.
    /// </summary>
    public static void Apply(IXLWorksheet worksheet)
    {
        var setup = worksheet.PageSetup;
        setup.PaperSize = XLPaperSize.A4Paper;
        setup.PageOrientation = XLPageOrientation.Landscape;
        setup.FitToPages(1, 0);
        setup.Margins.SetLeft(SideMarginInches).SetRight(SideMarginInches)
            .SetTop(TopBottomMarginInches).SetBottom(TopBottomMarginInches)
            .SetHeader(HeaderFooterMarginInches).SetFooter(HeaderFooterMarginInches);
        setup.Footer.Center.AddText(XLHFPredefinedText.SheetName);
        setup.Footer.Center.AddText(" – page ");
        setup.Footer.Center.AddText(XLHFPredefinedText.PageNumber);
        setup.Footer.Center.AddText(" / ");
        setup.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages);
    }

    /// <summary>The same settings as Open XML elements, in the order the schema wants them after the sheet data.</summary>
    public static IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> OpenXmlElements()
    {
        yield return new PageMargins
        {
            Left = SideMarginInches, Right = SideMarginInches, Top = TopBottomMarginInches, Bottom = TopBottomMarginInches,
            Header = HeaderFooterMarginInches, Footer = HeaderFooterMarginInches,
        };
        yield return new PageSetup { PaperSize = A4PaperSize, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 };
        yield return new HeaderFooter(new OddFooter(FooterCodes));
    }

    /// <summary>The workbook-level name, in Excel's absolute form, that repeats <paramref name="row"/> on each printed page of the sheet at <paramref name="sheetIndex"/>.</summary>
    public static DefinedName PrintTitles(string sheetName, uint sheetIndex, int row) =>
        new($"'{sheetName.Replace("'", "''")}'!${row}:${row}") { Name = "_xlnm.Print_Titles", LocalSheetId = sheetIndex };
}
