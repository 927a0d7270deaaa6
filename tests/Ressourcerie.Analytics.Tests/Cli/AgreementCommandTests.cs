using System.Text.Json;
using ClosedXML.Excel;
using static Ressourcerie.Analytics.Tests.TestSupport.CommandLine;

namespace Ressourcerie.Analytics.Tests.Cli;

public sealed class AgreementCommandTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Agreement");
    private static readonly string Krippendorff = Path.Combine(Fixtures, "krippendorff_2011_reliability_data.csv");
    private readonly string _temp = Directory.CreateTempSubdirectory("coding-analytics-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Theory]
    [InlineData("nominal", 0.743)]
    [InlineData("ordinal", 0.815)]
    [InlineData("interval", 0.849)]
    [InlineData("ratio", 0.797)]
    public void Json_output_reproduces_Krippendorff_2011(string level, double published)
    {
        var (exit, output, error) = Run("agreement", "--matrix", Krippendorff, "--level", level, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(published, Math.Round(root.GetProperty("alpha").GetDouble(), 3));
        Assert.Equal(level, root.GetProperty("level").GetString());
        Assert.Equal(40, root.GetProperty("pairable_values").GetInt32());
        Assert.Equal(12, root.GetProperty("units").GetInt32());
        Assert.Equal(4, root.GetProperty("coders").GetInt32());
        Assert.Equal(["A", "B", "C", "D"], root.GetProperty("coder_names").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Text_output_is_French()
    {
        var (exit, output, _) = Run("agreement", "--matrix", Krippendorff, "--level", "ordinal");

        Assert.Equal(0, exit);
        Assert.Contains("Alpha de Krippendorff (niveau ordinal) : 0,815", output);
        Assert.Contains("4 codeurs, 12 unités dont 11 appariables, 40 valeurs appariables.", output);
    }

    [Fact]
    public void Nominal_labels_without_a_header_row_are_categories()
    {
        var (exit, output, _) = Run("agreement", "--matrix", Path.Combine(Fixtures, "krippendorff_2011_nominal_two_observers.csv"), "--level", "nominal", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0.692, Math.Round(json.RootElement.GetProperty("alpha").GetDouble(), 3));
        Assert.Equal(12, json.RootElement.GetProperty("units").GetInt32());
    }

    [Fact]
    public void Decimal_commas_and_semicolons_are_read()
    {
        // Two coders differing by 0.5 on one unit of three: interval alpha computed by hand.
        var path = Write("decimales.csv", "Codeur;u1;u2;u3\nAnne;1,5;2;3\nBen;1,5;2,5;3\n");

        var (exit, output, _) = Run("agreement", "--matrix", path, "--level", "interval", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        // Values 1.5 1.5 2 2.5 3 3, mean 2.25: Σ n_c n_k (c−k)² = 2·6·Σ(v−mean)² = 12·2.375 = 28.5;
        // observed Σ = 2·0.25 = 0.5; α = 1 − 5·0.5/28.5.
        Assert.Equal(1 - 5 * 0.5 / 28.5, json.RootElement.GetProperty("alpha").GetDouble(), 12);
    }

    [Fact]
    public void A_workbook_is_read_too()
    {
        var path = Path.Combine(_temp, "matrice.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Feuil1");
            string[] header = ["Codeur", "1", "2", "3", "4"];
            for (int c = 0; c < header.Length; c++) sheet.Cell(1, c + 1).Value = header[c];
            sheet.Cell(2, 1).Value = "A";
            sheet.Cell(3, 1).Value = "B";
            double[] a = [1, 2, 3, 4], b = [1, 2, 3, 3];
            for (int u = 0; u < 4; u++)
            {
                sheet.Cell(2, u + 2).Value = a[u];
                sheet.Cell(3, u + 2).Value = b[u];
            }
            workbook.SaveAs(path);
        }

        var (exit, output, error) = Run("agreement", "--matrix", path, "--level", "nominal", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(4, json.RootElement.GetProperty("units").GetInt32());
        // n = 8, one disagreement (3 vs 4): α = 1 − 7·2 / (64 − (4+4+9+1)) = 1 − 14/46.
        Assert.Equal(1 - 14.0 / 46, json.RootElement.GetProperty("alpha").GetDouble(), 12);
    }

    [Theory]
    [InlineData("interval")]
    [InlineData("ratio")]
    public void A_non_numeric_value_at_interval_or_ratio_level_exits_1_naming_file_row_and_column(string level)
    {
        var path = Write("matrice.csv", "codeur;u1;u2;u3\nAnne;1;2;3\nBen;1;deux;3\n");

        var (exit, output, error) = Run("agreement", "--matrix", path, "--level", level, "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("matrice.csv, ligne 3, colonne « u2 »", error);
        Assert.Contains("« deux »", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_negative_value_at_ratio_level_exits_1()
    {
        var path = Write("negatif.csv", "A,1,-2\nB,1,2\n");

        var (exit, _, error) = Run("agreement", "--matrix", path, "--level", "ratio");

        Assert.Equal(1, exit);
        Assert.Contains("negatif.csv, ligne 1, colonne « C »", error);
    }

    [Fact]
    public void A_duplicated_coder_exits_1()
    {
        var path = Write("doublon.csv", "codeur,1,2\nA,1,2\nA,1,2\n");

        var (exit, _, error) = Run("agreement", "--matrix", path, "--level", "nominal");

        Assert.Equal(1, exit);
        Assert.Contains("ligne 3", error);
        Assert.Contains("« A » apparaît sur deux lignes", error);
    }

    [Fact]
    public void A_missing_file_exits_1()
    {
        var (exit, _, error) = Run("agreement", "--matrix", Path.Combine(_temp, "absent.csv"), "--level", "nominal");

        Assert.Equal(1, exit);
        Assert.Contains("absent.csv", error);
    }

    [Theory]
    [InlineData("--level", "cardinal")]
    [InlineData("--format", "xml")]
    public void A_bad_level_or_format_exits_2(string option, string value)
    {
        var args = new List<string> { "agreement", "--matrix", Krippendorff, "--level", "nominal", "--format", "json" };
        args[args.IndexOf(option) + 1] = value;

        var (exit, output, error) = Run(args.ToArray());

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(value, error);
    }

    [Fact]
    public void A_missing_level_exits_2() => Assert.Equal(2, Run("agreement", "--matrix", Krippendorff).Exit);

    [Fact]
    public void Undefined_alpha_is_null_with_an_explanation_and_exit_0()
    {
        var path = Write("constant.csv", "A;2;2\nB;2;2\n");

        var (exit, output, _) = Run("agreement", "--matrix", path, "--level", "interval", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("alpha").ValueKind);
        Assert.Contains("aucune variation", json.RootElement.GetProperty("explanation").GetString());
    }

    [Fact]
    public void Help_is_French_with_an_example()
    {
        var (exit, output, _) = Run("agreement", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Exemple : ressourcerie agreement --matrix", output);
        Assert.Contains("nominal, ordinal, interval ou ratio", output);
    }
}
