using System.Text.Json;
using Ressourcerie.Analytics.Tests.TestSupport;
using static Ressourcerie.Analytics.Tests.TestSupport.CommandLine;

namespace Ressourcerie.Analytics.Tests.Cli;

/// <summary>`ressourcerie validate`, run in-process as scripts run it.</summary>
public class ValidateCommandTests
{
    [Fact]
    public void Json_report_has_the_contract_keys_and_balanced_counts()
    {
        var (exit, stdout, stderr) = Run("validate", "--data", Fixtures.FrenchExcel, "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        long read = root.GetProperty("rows_read").GetInt64();
        Assert.Equal(34, read);
        Assert.Equal(read, root.GetProperty("rows_accepted").GetInt64() + root.GetProperty("rows_rejected").GetInt64());

        var issues = root.GetProperty("issues").EnumerateArray().ToList();
        Assert.All(issues, i =>
        {
            foreach (var key in new[] { "file", "row", "column", "severity", "message" }) Assert.True(i.TryGetProperty(key, out _), key);
            Assert.Contains(i.GetProperty("severity").GetString(), new[] { "error", "warning" });
        });
        var category = issues.Single(i => i.GetProperty("file").GetString() == "inventaire.csv" && i.GetProperty("row").GetInt32() == 10);
        Assert.Equal(("Catégorie", "error", "vidéoprojecteur (video_projector)"),
            (category.GetProperty("column").GetString(), category.GetProperty("severity").GetString(), category.GetProperty("suggestion").GetString()));

        var files = root.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("file").GetString()!);
        Assert.Equal(18, files["inventaire.csv"].GetProperty("rows_read").GetInt64());
        Assert.Equal("inventaire", files["inventaire.csv"].GetProperty("role").GetString());
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Text_report_is_a_French_summary_then_one_line_per_issue()
    {
        var (exit, stdout, _) = Run("validate", "--data", Fixtures.FrenchExcel);

        Assert.Equal(1, exit);
        var lines = stdout.Split('\n', StringSplitOptions.TrimEntries);
        Assert.StartsWith("34 lignes lues :", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("inventaire.csv, ligne 10, colonne « Catégorie » : erreur : Catégorie inconnue"));
        Assert.Contains(lines, l => l.StartsWith("institutions.csv, ligne 4, colonne « Latitude » : avertissement :"));
    }

    [Fact]
    public void Clean_files_exit_0_and_missing_institutions_are_one_warning()
    {
        using var folder = new TempFolder();
        var inventory = folder.Write("stock.csv", "etablissement_id;categorie;quantite\nMUS-1;VP;2\nMUS-2;Enceinte;4\n");

        var (exit, stdout, _) = Run("validate", "--inventory", inventory, "--format", "json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal((2, 2, 0), (root.GetProperty("rows_read").GetInt64(), root.GetProperty("rows_accepted").GetInt64(), root.GetProperty("rows_rejected").GetInt64()));
        var warning = Assert.Single(root.GetProperty("issues").EnumerateArray());
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Contains("n'est pas vérifiée", warning.GetProperty("message").GetString());
    }

    [Fact]
    public void Institutions_given_with_inventory_files_enable_the_must_exist_rule()
    {
        using var folder = new TempFolder();
        var institutions = folder.Write("etab.csv", "etablissement_id;nom;type\nMUS-1;Musée;musée\n");
        var first = folder.Write("a.csv", "etablissement_id;categorie;quantite\nMUS-1;VP;1\n");
        var second = folder.Write("b.csv", "etablissement_id;categorie;quantite\nMUS-2;VP;1\n");

        var (exit, stdout, _) = Run("validate", "--inventory", first, second, "--institutions", institutions, "--format", "json");

        Assert.Equal(1, exit);
        var issue = Assert.Single(JsonDocument.Parse(stdout).RootElement.GetProperty("issues").EnumerateArray());
        Assert.Equal((second, 2, "MUS-1"), (issue.GetProperty("file").GetString(), issue.GetProperty("row").GetInt32(), issue.GetProperty("suggestion").GetString()));
    }

    [Fact]
    public void A_corrupt_workbook_exits_1_with_a_French_message_and_no_stack_trace()
    {
        using var folder = new TempFolder();
        var path = folder.File("inventaire.xlsx");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0xFF, 0xFF, 0x00, 0x00]);

        var (exit, stdout, stderr) = Run("validate", "--inventory", path);

        Assert.Equal(1, exit);
        Assert.Contains("classeur", stdout, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.DoesNotContain("Exception", stdout + stderr);
    }

    [Fact]
    public void A_missing_folder_exits_1_naming_it()
    {
        var (exit, _, stderr) = Run("validate", "--data", "/nulle/part/donnees");
        Assert.Equal(1, exit);
        Assert.Contains("/nulle/part/donnees", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "--data", "x", "--format", "xml")]
    [InlineData("validate", "--data", "x", "--inventory", "y.csv")]
    [InlineData("validate", "--donnees", "x")]
    public void A_wrong_command_line_exits_2(params string[] args)
    {
        var (exit, stdout, stderr) = Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("Erreur", stderr);
    }

    [Fact]
    public void Help_is_French_with_an_example()
    {
        var (exit, stdout, _) = Run("validate", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Exemples", stdout);
        Assert.Contains("ressourcerie validate --data data/sample", stdout);
    }
}
