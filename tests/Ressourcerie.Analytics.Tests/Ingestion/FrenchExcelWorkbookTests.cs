using System.Globalization;
using System.Text;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Ingestion;

/// <summary>
/// The French Excel folder saved as workbooks, the way Excel itself would type its cells (numbers as
/// numbers, dd/mm/yyyy dates as dates, #N/A as an error cell): every row gets the same verdict as in CSV.
/// </summary>
public class FrenchExcelWorkbookTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Fact]
    public void The_xlsx_variant_gives_the_same_verdicts_row_by_row()
    {
        using var folder = new TempFolder();
        foreach (var role in new[] { "institutions", "inventaire", "besoins" })
            Workbooks.Save(folder.File(role + ".xlsx"), (role, ReadFixture(role).Select(TypeCells).ToArray()));
        Workbooks.SetErrorCell(folder.File("inventaire.xlsx"), "J16", "#N/A");

        var csv = Study.Load(Fixtures.FrenchExcel, FixedClock.Options(2025));
        var xlsx = Study.Load(folder.Path, FixedClock.Options(2025));

        Assert.Equal(csv.Quality.RowsRead, xlsx.Quality.RowsRead);
        Assert.Equal(csv.Quality.RowsAccepted, xlsx.Quality.RowsAccepted);
        Assert.Equal(csv.Quality.RowsRejected, xlsx.Quality.RowsRejected);
        // A workbook row cannot be short of fields: the CSV's shifted-line warning has no XLSX counterpart.
        var expected = Verdicts(csv).Where(v => !(v.File == "inventaire" && v.Row == 17 && v.Column == "")).ToList();
        Assert.Equal(expected, Verdicts(xlsx));
        Assert.Equal(csv.Inventory.Select(i => (i.CategoryId, i.Quantity, i.PurchasePriceEur)), xlsx.Inventory.Select(i => (i.CategoryId, i.Quantity, i.PurchasePriceEur)));
        Assert.Equal(csv.Needs.Select(n => (n.Start, n.End)), xlsx.Needs.Select(n => (n.Start, n.End)));
    }

    private static List<(string File, int Row, string Column, IssueSeverity Severity)> Verdicts(Study study) =>
        study.Quality.Issues.Select(i => (Path.GetFileNameWithoutExtension(i.File), i.Row, i.Column, i.Severity)).Order().ToList();

    private static IEnumerable<string[]> ReadFixture(string role)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var lines = File.ReadAllLines(Path.Combine(Fixtures.FrenchExcel, role + ".csv"), Encoding.GetEncoding(1252));
        return lines.Where(l => l.Length > 0).Select(l => l.Split(';').Select(c => c.Trim('"')).ToArray());
    }

    /// <summary>What Excel makes of typed text: plain numbers and dd/mm/yyyy dates become typed cells; the rest stays text.</summary>
    private static object?[] TypeCells(string[] cells) => cells.Select<string, object?>(c =>
    {
        if (c.Length == 0) return null;
        if (c == "#N/A") return 999999;
        if (DateTime.TryParseExact(c, "dd/MM/yyyy", French, DateTimeStyles.None, out var date)) return date;
        if (double.TryParse(c, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, French, out double number)) return number;
        return c;
    }).ToArray();
}
