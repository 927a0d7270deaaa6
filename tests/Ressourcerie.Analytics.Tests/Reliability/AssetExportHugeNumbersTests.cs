using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Inventories.Imports;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// Huge and odd prices in a GLPI export: 1e308 overflowed the decimal price and stopped
/// <c>ressourcerie import</c> with an internal error (found by <c>ReaderBalanceTests</c>). Like the
/// layout's reader, a price above a billion euros is left empty with a warning naming its row.
/// </summary>
public sealed class AssetExportHugeNumbersTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Prices_beyond_a_billion_euros_are_left_empty_with_a_warning_and_the_rows_kept()
    {
        _folder.Write("glpi.csv",
            "\"Nom\";\"Entité\";\"Fabricant\";\"Type\";\"Informations financières et administratives - Valeur\"\r\n" +
            "\"VP-1\";\"Entité racine > MUS-1\";\"Epson\";\"Video projector\";\"1e308\"\r\n" +
            "\"VP-2\";\"Entité racine > MUS-1\";\"Epson\";\"Video projector\";\"99999999999999999999\"\r\n" +
            "\"VP-3\";\"Entité racine > MUS-1\";\"Epson\";\"Video projector\";\"-0\"\r\n" +
            "\"VP-4\";\"Entité racine > MUS-1\";\"Epson\";\"Video projector\";\"1 000 000 000\"\r\n");
        var report = new DataQualityReport();

        var result = AssetExport.Read(_folder.File("glpi.csv"), report);

        Assert.Equal([null, null, 0m, 1_000_000_000m], result.Items.Select(i => i.PurchasePriceEur));
        Assert.Equal((4, 4, 0), (report.RowsRead, report.RowsAccepted, report.RowsRejected));
        var warnings = report.Issues.Where(i => i.Message.Contains("plus d'un milliard d'euros")).ToList();
        Assert.Equal([2, 3], warnings.Select(w => w.Row));
        Assert.All(warnings, w => Assert.Equal((IssueSeverity.Warning, "Informations financières et administratives - Valeur"), (w.Severity, w.Column)));
    }
}
