using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ExcelDataReader;
using Ressourcerie.Analytics.Reporting;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// <c>report</c> on <c>data/sample</c> twice with the same seed: the same value in every cell of
/// every sheet (read with ExcelDataReader, which needs no System.Drawing for the embedded charts),
/// a byte-identical <c>summary.json</c>, and a provenance that gives the SHA-256 of every input read.
/// </summary>
public sealed class ReproducibilityTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (List<string> Cells, byte[] Summary) Report(string name, int seed)
    {
        var (exit, _, error) = CommandLine.Run("report", "--data", RepositoryPaths.SampleData, "--out", _folder.File(name), "--seed", seed.ToString(CultureInfo.InvariantCulture), "--iterations", "300");
        Assert.True(exit == 0, error);
        return (AllCells(Path.Combine(_folder.File(name), "rapport-ressourcerie.xlsx")), File.ReadAllBytes(Path.Combine(_folder.File(name), "summary.json")));
    }

    /// <summary>Every non-empty cell as "sheet!R1C1=value", values in the invariant culture.</summary>
    private static List<string> AllCells(string workbook)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var cells = new List<string>();
        using var stream = File.OpenRead(workbook);
        using var excel = ExcelReaderFactory.CreateOpenXmlReader(stream);
        do
        {
            int row = 0;
            while (excel.Read())
            {
                row++;
                for (int column = 0; column < excel.FieldCount; column++)
                    if (excel.GetValue(column) is { } value)
                        cells.Add($"{excel.Name}!R{row}C{column + 1}={Convert.ToString(value, CultureInfo.InvariantCulture)}");
            }
        } while (excel.NextResult());
        return cells;
    }

    [Fact]
    public void Two_runs_with_the_same_seed_give_the_same_cells_and_the_same_summary_bytes()
    {
        // The generation date is today's: two runs straddling midnight are run again.
        (List<string> Cells, byte[] Summary) first, second;
        int attempts = 0;
        do
        {
            var day = DateTime.Today;
            first = Report($"essai-{attempts}-a", seed: 7);
            second = Report($"essai-{attempts}-b", seed: 7);
            if (DateTime.Today == day) break;
        } while (++attempts < 2);

        Assert.True(first.Cells.Count > 200, $"{first.Cells.Count} cellules seulement");
        Assert.Equal(first.Cells, second.Cells);
        Assert.Equal(first.Summary, second.Summary);
    }

    [Fact]
    public void The_provenance_gives_the_SHA_256_of_every_input_read()
    {
        var (cells, summary) = Report("provenance", seed: 42);
        var study = Study.Load(RepositoryPaths.SampleData);
        Assert.NotEmpty(study.InputFiles);

        var provenance = cells.Where(c => c.StartsWith("Provenance!", StringComparison.Ordinal))
            .GroupBy(c => c[..c.IndexOf('C', "Provenance!R".Length)])
            .Select(row => row.Select(c => c[(c.IndexOf('=') + 1)..]).ToList())
            .ToList();
        using var json = JsonDocument.Parse(summary);
        var inputs = json.RootElement.GetProperty("inputs").EnumerateArray().ToDictionary(i => i.GetProperty("file").GetString()!, i => i.GetProperty("sha256").GetString());
        foreach (var input in study.InputFiles)
        {
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(input.Path)));
            Assert.Contains(provenance, row => row.Contains(input.DisplayName) && row.Contains(sha256));
            Assert.Equal(sha256, inputs[input.DisplayName]);
        }

        // The scenarios run by default, those of the data folder's scenarios/, are inputs too.
        var scenarios = ReportData.DefaultScenarioFiles(RepositoryPaths.SampleData);
        Assert.NotEmpty(scenarios);
        foreach (var scenario in scenarios)
        {
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(scenario)));
            Assert.Contains(provenance, row => row.Contains("scénario") && row.Contains(Path.GetFileName(scenario)) && row.Contains(sha256));
            Assert.Equal(sha256, inputs[Path.GetFileName(scenario)]);
        }
        Assert.Equal(study.InputFiles.Count + scenarios.Count, inputs.Count);
    }
}
