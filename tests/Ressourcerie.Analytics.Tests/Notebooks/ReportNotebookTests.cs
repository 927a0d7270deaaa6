using System.Text.Json;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Notebooks;

/// <summary>
/// <c>notebooks/04-rapport-ministere.ipynb</c> writes the report where <c>-p Sortie</c> says, and
/// shows the key figures and sheets of its <c>summary.json</c>, the same as <c>ressourcerie report</c>
/// gives with the same seed and iterations.
/// </summary>
public class ReportNotebookTests
{
    private const string Name = "04-rapport-ministere.ipynb";

    private static readonly Lazy<JsonDocument> CommandSummary = new(() =>
    {
        var outDirectory = NotebookFixtures.NewTemporaryDirectory();
        var (code, _, error) = CommandLine.Run("report", "--data", RepositoryPaths.SampleData, "--out", outDirectory, "--seed", "42", "--iterations", RepositoryNotebooks.Iterations.ToString());
        Assert.True(code == 0, error);
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(outDirectory, "summary.json")));
    });

    private static async Task<(ExecutedNotebook Run, JsonDocument Summary, string Output)> Run()
    {
        var run = await RepositoryNotebooks.RunAsync(Name);
        Assert.True(run.ExitCode == 0, run.Error);
        var output = RepositoryNotebooks.Parameter(run, "Sortie");
        return (run, JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json"))), output);
    }

    [Fact]
    public async Task The_workbook_charts_and_summary_are_written_where_Sortie_says()
    {
        var (run, _, output) = await Run();

        Assert.True(File.Exists(Path.Combine(output, "rapport-ressourcerie.xlsx")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(output, "charts"), "*.png"));
        Assert.Contains(Path.Combine(output, "rapport-ressourcerie.xlsx"), run.Printed("rapport-generation"));
    }

    [Fact]
    public async Task The_key_figures_are_those_of_summary_json_and_of_the_report_command()
    {
        var (run, summary, _) = await Run();

        var keyFigures = summary.RootElement.GetProperty("key_figures");
        Assert.Equal(CommandSummary.Value.RootElement.GetProperty("key_figures").ToString(), keyFigures.ToString());
        var table = run.Table("rapport-chiffres-cles");
        Assert.Equal(keyFigures.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), table.Column("Clé").Order(StringComparer.Ordinal));
        foreach (var (key, shown) in table.Column("Clé").Zip(table.Column("Valeur")))
        {
            double expected = keyFigures.GetProperty(key).GetDouble();
            double value = OutputTable.Number(shown);
            // Equal to the rounding of the decimals shown (of a percentage, in percent).
            var digits = shown.TrimEnd(' ', '\u00A0', '%', '€');
            int decimals = digits.Contains(',') ? digits.Length - digits.IndexOf(',') - 1 : 0;
            double tolerance = 0.5 * Math.Pow(10, -decimals) * (shown.EndsWith('%') ? 0.01 : 1) + 1e-9;
            Assert.True(Math.Abs(value - expected) <= tolerance, $"{key} : « {shown} » affiché, {expected} dans summary.json");
        }
    }

    [Fact]
    public async Task The_sheets_and_findings_are_those_of_the_workbook()
    {
        var (run, summary, _) = await Run();

        var sheets = summary.RootElement.GetProperty("sheets").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Equal(sheets, run.Table("rapport-feuilles").Column("Feuille"));
        Assert.Equal("Synthèse", sheets[0]);
        var findings = run.Table("rapport-constats");
        Assert.NotEmpty(findings.Rows);
        Assert.All(findings.Column("Feuille"), sheet => Assert.Contains(sheet, sheets));
        Assert.Contains("Graphique : Bilan net des scénarios sur 5 ans : moyenne et P5–P95", run.Displayed("rapport-graphiques"));
    }
}
