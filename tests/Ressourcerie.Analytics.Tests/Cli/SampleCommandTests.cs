using System.Text.Json;
using Ressourcerie.Analytics.SampleData;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Cli;
using Ressourcerie.Cli.Commands;
using static Ressourcerie.Analytics.Tests.TestSupport.CommandLine;

namespace Ressourcerie.Analytics.Tests.Cli;

public class SampleCommandTests
{
    [Fact]
    public void The_documented_command_regenerates_the_committed_sample()
    {
        using var temp = new TemporaryDirectory();
        var args = SampleCommand.SamplePresetArguments.Split(' ');
        args[Array.IndexOf(args, "--out") + 1] = temp.Path;

        var (exit, output, error) = Run(args);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("2 204 lignes d'inventaire", output.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        foreach (var file in SampleDataGenerator.Files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.SampleData, file)), File.ReadAllBytes(Path.Combine(temp.Path, file)));
        Assert.Contains(SampleCommand.SamplePresetArguments, File.ReadAllText(Path.Combine(RepositoryPaths.SampleData, "README.md")));
    }

    [Fact]
    public void Json_format_prints_one_document_with_snake_case_counts()
    {
        using var temp = new TemporaryDirectory();

        var (exit, output, _) = Run("sample", "generate", "--institutions", "12", "--items-per-institution", "10", "--out", temp.Path, "--seed", "3", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(12, root.GetProperty("institutions").GetInt32());
        Assert.Equal(3, root.GetProperty("seed").GetInt32());
        Assert.True(root.GetProperty("inventory_lines").GetInt64() > 0);
        Assert.True(root.GetProperty("needs").GetInt32() > 0);
        Assert.InRange(root.GetProperty("interviews").GetInt32(), 20, 40);
        Assert.True(root.GetProperty("coded_segments").GetInt32() > 0);
        Assert.True(root.GetProperty("planted_defects").GetArrayLength() <= 10);
        Assert.All(SampleDataGenerator.Files, file => Assert.True(File.Exists(Path.Combine(temp.Path, file))));
    }

    [Theory]
    [InlineData("--institutions", "0", "établissements")]
    [InlineData("--items-per-institution", "-5", "lignes d'inventaire")]
    [InlineData("--interviews", "0", "entretiens")]
    public void Out_of_range_values_are_a_usage_error_in_French(string option, string value, string word)
    {
        using var temp = new TemporaryDirectory();
        var args = new List<string> { "sample", "generate", "--institutions", "5", "--items-per-institution", "5", "--out", temp.Path };
        int at = args.IndexOf(option);
        if (at >= 0) args[at + 1] = value;
        else args.AddRange([option, value]);

        var (exit, output, error) = Run([.. args]);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal("", output);
        Assert.Contains(word, error);
        Assert.DoesNotContain("   at ", error);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void A_missing_required_option_is_a_usage_error()
    {
        var (exit, output, error) = Run("sample", "generate", "--institutions", "5");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Equal("", output);
        Assert.Contains("--out", error);
    }

    [Fact]
    public void Help_is_in_French_with_an_example()
    {
        var (exit, output, _) = Run("sample", "generate", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("Exemple", output);
        Assert.Contains("--items-per-institution", output);
        Assert.Contains("Régénérer data/sample", output);
    }
}
