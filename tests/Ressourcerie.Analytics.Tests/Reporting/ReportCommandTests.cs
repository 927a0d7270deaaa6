using System.Globalization;
using System.Text.Json;
using Ressourcerie.Analytics.Tests.Reporting.Excel;
using static Ressourcerie.Analytics.Tests.TestSupport.CommandLine;

namespace Ressourcerie.Analytics.Tests.Reporting;

public sealed class ReportCommandTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Reporting", "donnees-avec-rejets");

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_folder_with_rejected_rows_still_produces_a_report_whose_quality_sheet_lists_them()
    {
        var outDir = _temp.File("out");
        var (exit, stdout, stderr) = Run("report", "--data", Fixture, "--out", outDir, "--seed", "3");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("rapport-ressourcerie.xlsx", stdout);
        Assert.Contains("3 lignes rejetées sur", stdout);
        Assert.True(File.Exists(Path.Combine(outDir, "summary.json")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(outDir, "charts"), "*.svg"));

        using var workbook = ClosedXmlReader.Open(Path.Combine(outDir, "rapport-ressourcerie.xlsx"));
        var issues = workbook.Worksheet("Qualité des données").Table("T_anomalies").DataRange.Rows()
            .Where(r => r.Cell(1).GetString() == "inventaire.csv" && r.Cell(4).GetString() == "erreur")
            .Select(r => (int)r.Cell(2).GetDouble())
            .ToList();
        Assert.Equal([4, 7, 8], issues);
        var units = workbook.Worksheet("Inventaire").Table("T_inventaire_par_categorie").DataRange.Rows()
            .ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(4).GetDouble());
        Assert.Equal(5, units["Vidéoprojecteur"]);
        Assert.Equal(6, units["Ordinateur portable"]);
    }

    [Fact]
    public void The_console_says_what_the_report_found_with_the_figures_of_summary_json()
    {
        var outDir = _temp.File("out");
        var (exit, stdout, stderr) = Run("report", "--data", Analytics.Tests.SampleData.RepositoryPaths.SampleData, "--out", outDir, "--iterations", "200");

        Assert.True(exit == 0, stderr);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        var figures = summary.RootElement.GetProperty("key_figures");
        static string Spaces(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
        static string Units(JsonElement figure) => Spaces(figure.GetDouble().ToString("N0", CultureInfo.GetCultureInfo("fr-FR")));
        var lines = Spaces(stdout).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains(lines, l => l.StartsWith("Entretiens : 20 entretiens codés, saturation thématique atteinte à l'entretien n° 10", StringComparison.Ordinal) && l.Contains("alpha de Krippendorff 0,88"));
        Assert.Contains(lines, l => l.StartsWith($"Stock dormant : {Units(figures.GetProperty("idle_units"))} unités dorment, soit ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"Prêts : {Units(figures.GetProperty("units_lent"))} unités prêtées par {Units(figures.GetProperty("loans"))} prêts", StringComparison.Ordinal));
        var scenarios = lines.SkipWhile(l => !l.StartsWith("Scénarios, émissions évitées nettes", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith("  « ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, scenarios.Count);
        Assert.StartsWith("  « Les trois leviers combinés » : ", scenarios[0]);
        Assert.All(scenarios, l => Assert.Matches(@"tCO2e \(P5–P95 : [\d ,]+ – [\d ,]+\) sur 5 ans$", l));
    }

    [Fact]
    public void A_missing_folder_exits_1_with_a_french_message_and_no_stack_trace()
    {
        var (exit, _, stderr) = Run("report", "--data", _temp.File("absent"), "--out", _temp.File("out"));
        Assert.Equal(1, exit);
        Assert.Contains("absent", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(_temp.File("out")));
    }

    [Fact]
    public void An_unreadable_file_exits_1_and_writes_no_report()
    {
        var data = _temp.File("donnees");
        Directory.CreateDirectory(data);
        File.Copy(Path.Combine(Fixture, "institutions.csv"), Path.Combine(data, "institutions.csv"));
        File.WriteAllBytes(Path.Combine(data, "inventaire.xlsx"), [0x50, 0x4B, 0x03, 0x04, 0xFF, 0x00, 0x13, 0x37]);
        var (exit, _, stderr) = Run("report", "--data", data, "--out", _temp.File("out"));
        Assert.Equal(1, exit);
        Assert.Contains("inventaire.xlsx", stderr);
        Assert.False(File.Exists(_temp.File("out/rapport-ressourcerie.xlsx")));
    }

    [Fact]
    public void A_csv_that_cannot_be_read_past_a_row_exits_1_naming_the_file_and_row()
    {
        var data = _temp.File("donnees");
        Directory.CreateDirectory(data);
        File.Copy(Path.Combine(Fixture, "institutions.csv"), Path.Combine(data, "institutions.csv"));
        File.WriteAllText(Path.Combine(data, "inventaire.csv"),
            "etablissement_id;categorie;quantite\nMBA-REN;Vidéoprojecteur;2\nMBA-REN;\"Écran;3\n");
        var (exit, _, stderr) = Run("report", "--data", data, "--out", _temp.File("out"));
        Assert.Equal(1, exit);
        Assert.Contains("inventaire.csv, ligne 3", stderr);
        Assert.False(File.Exists(_temp.File("out/rapport-ressourcerie.xlsx")));
    }

    [Theory]
    [InlineData("--iterations", "0")]
    [InlineData("--iterations", "200001")]
    [InlineData("--seed", "quarante-deux")]
    public void A_wrong_command_line_exits_2(string option, string value)
    {
        var (exit, _, stderr) = Run("report", "--data", Fixture, "--out", _temp.File("out"), option, value);
        Assert.Equal(2, exit);
        Assert.StartsWith("Erreur", stderr);
    }

    [Fact]
    public void Help_is_french_with_an_example()
    {
        var (exit, stdout, _) = Run("report", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Exemples :", stdout);
        Assert.Contains("ressourcerie report --data data/sample --out out", stdout);
    }
}
