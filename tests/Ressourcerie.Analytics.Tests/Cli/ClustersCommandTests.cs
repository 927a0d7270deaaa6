using System.Text.Json;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;
using static Ressourcerie.Analytics.Tests.TestSupport.CommandLine;

namespace Ressourcerie.Analytics.Tests.Cli;

public class ClustersCommandTests
{
    [Fact]
    public void Json_has_k_silhouette_and_clusters_with_id_size_institutions_and_top_categories()
    {
        var (exit, output, error) = Run("clusters", "--data", RepositoryPaths.SampleData, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        int k = root.GetProperty("k").GetInt32();
        Assert.InRange(root.GetProperty("silhouette").GetDouble(), -1, 1);
        var clusters = root.GetProperty("clusters").EnumerateArray().ToList();
        Assert.Equal(k, clusters.Count);
        Assert.Equal(Enumerable.Range(1, k), clusters.Select(c => c.GetProperty("id").GetInt32()));
        Assert.All(clusters, c => Assert.Equal(c.GetProperty("size").GetInt32(), c.GetProperty("institutions").GetArrayLength()));
        Assert.All(clusters, c => Assert.Equal(JsonValueKind.String, c.GetProperty("top_categories")[0].GetProperty("category").ValueKind));
        Assert.Equal(40, clusters.Sum(c => c.GetProperty("size").GetInt32()));
        Assert.Equal(Enumerable.Range(2, 11), root.GetProperty("silhouette_by_k").EnumerateArray().Select(s => s.GetProperty("k").GetInt32()));
        Assert.Equal(40, root.GetProperty("projection").GetArrayLength());
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_json()
    {
        var first = Run("clusters", "--data", RepositoryPaths.SampleData, "--seed", "7", "--format", "json");
        var second = Run("clusters", "--data", RepositoryPaths.SampleData, "--seed", "7", "--format", "json");
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public void A_fixed_k_is_honoured_and_the_text_output_is_French()
    {
        var (exit, output, _) = Run("clusters", "--data", RepositoryPaths.SampleData, "--k", "4");
        Assert.Equal(0, exit);
        Assert.StartsWith("Regroupement des besoins : 4 groupes", output);
        Assert.Contains("Groupe 4 :", output);
        Assert.Contains("Membres :", output);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("beaucoup")]
    [InlineData("99")]
    public void An_impossible_k_is_a_command_line_error_with_exit_code_2(string k)
    {
        var (exit, output, error) = Run("clusters", "--data", RepositoryPaths.SampleData, "--k", k);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("Erreur :", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_missing_folder_or_an_unreadable_file_exits_1_without_a_stack_trace()
    {
        var (exit, _, error) = Run("clusters", "--data", "/dossier/qui/n-existe-pas");
        Assert.Equal(1, exit);
        Assert.Contains("introuvable", error);

        using var folder = new TempFolder();
        folder.Write("institutions.csv", "Identifiant;Nom;Type\nETB-1;Musée;Musée\n");
        folder.Write("besoins.csv", "colonne;inattendue\n1;2\n");
        (exit, _, error) = Run("clusters", "--data", folder.Path, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("besoins.csv", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Help_is_French_with_an_example()
    {
        var (exit, output, _) = Run("clusters", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("Utilisation", output);
        Assert.Contains("Exemple", output);
        Assert.Contains("ressourcerie clusters --data data/sample", output);
    }
}
