using ClosedXML.Excel;
using static Ressourcerie.Analytics.Tests.Reporting.SampleReportWorkbook;

namespace Ressourcerie.Analytics.Tests.Reporting;

/// <summary>
/// The summary sheets of the sample's report print one page wide on A4 landscape: how wide their
/// columns are decides the scale a ministry reader gets on paper.
/// </summary>
public sealed class PrintedSheetWidthTests(SampleReportWorkbook sample) : IClassFixture<SampleReportWorkbook>
{
    /// <summary>A4 landscape between 0.4-inch side margins, in pixels at 96 dpi.</summary>
    private const double PrintablePixels = (11.69 - 2 * 0.4) * 96;

    /// <summary>The width of a sheet's used columns in pixels, as Excel converts character widths (7 pixels each plus 5 of padding).</summary>
    private static double Pixels(IXLWorksheet sheet) =>
        Enumerable.Range(1, sheet.LastColumnUsed()!.ColumnNumber()).Sum(c => Math.Truncate(sheet.Column(c).Width * 7 + 5));

    [Fact]
    public void Every_summary_sheet_prints_at_60_percent_or_more_and_those_with_bounded_columns_at_70()
    {
        var summaries = sample.Workbook.Worksheets.Where(w => !w.Name.Contains("détail", StringComparison.Ordinal)).ToList();
        Assert.Contains(summaries, w => w.Name == "Entretiens");
        Assert.Contains(summaries, w => w.Name == "Besoins et clusters");
        foreach (var sheet in summaries)
        {
            Assert.Equal(1, sheet.PageSetup.PagesWide);
            Assert.True(PrintablePixels / Pixels(sheet) >= 0.60, $"{sheet.Name} : {Pixels(sheet)} pixels de large");
        }
        // Once printed at 51 to 63 %, their codes, remarks, names and lists unbounded.
        foreach (var name in new[] { "Entretiens", "Codes et co-occurrences", "Verbatims", "Stock dormant", "Besoins et clusters", "Appariements" })
        {
            var sheet = sample.Workbook.Worksheet(name);
            Assert.True(PrintablePixels / Pixels(sheet) >= 0.70, $"{name} : {Pixels(sheet)} pixels de large");
        }
    }

    [Fact]
    public void Long_codes_and_lists_wrap_whole_within_their_bounded_columns_and_their_rows_grow()
    {
        var interviews = sample.Workbook.Worksheet("Entretiens");
        var codes = interviews.Table("T_codes_par_profil");
        var longest = codes.DataRange.Rows().Select(r => r.Cell(1)).MaxBy(c => c.GetString().Length)!;
        // The code is whole: the longest path the sample's codings apply.
        Assert.Equal(sample.Study.Codings!.Segments.Select(s => s.CodePath).MaxBy(p => p.Length), longest.GetString());
        Assert.True(longest.GetString().Length > longest.WorksheetColumn().Width, $"« {longest.GetString()} » tient dans {longest.WorksheetColumn().Width} caractères");
        Assert.True(longest.Style.Alignment.WrapText);
        Assert.True(longest.WorksheetRow().Height >= 30, $"{longest.WorksheetRow().Height} points");

        var groups = Rows(sample.Workbook.Worksheet("Besoins et clusters").Table("T_groupes_de_besoins"));
        Assert.NotEmpty(groups);
        foreach (var group in groups)
        {
            var members = group["Membres"];
            // Every member is listed, the list wrapping within its column rather than widening the sheet.
            Assert.Equal((int)group["Établissements"].GetDouble(), members.GetString().Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length);
            Assert.True(members.Style.Alignment.WrapText);
            Assert.InRange(members.WorksheetColumn().Width, 20, 40);
            Assert.True(members.WorksheetRow().Height >= 15 * 2);
        }
    }
}
