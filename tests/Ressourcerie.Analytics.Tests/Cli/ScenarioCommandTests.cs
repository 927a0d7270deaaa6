using System.Text.Json;
using System.Text.Json.Nodes;
using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;
using Ressourcerie.Cli;
using static Ressourcerie.Analytics.Tests.TestSupport.CommandLine;

namespace Ressourcerie.Analytics.Tests.Cli;

public class ScenarioCommandTests
{
    private static string SampleScenario(string file) => Path.Combine(RepositoryPaths.SampleData, "scenarios", file);

    private static JsonElement RunJson(string file, int seed = 42, int iterations = 2_000)
    {
        var (exit, output, error) = Run("scenario", "run", "--scenario", SampleScenario(file), "--data", RepositoryPaths.SampleData,
            "--iterations", iterations.ToString(), "--seed", seed.ToString(), "--format", "json");
        Assert.True(exit == 0, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    [Theory]
    [InlineData("pret-mutualise.yaml")]
    [InlineData("allongement-duree-de-vie.yaml")]
    [InlineData("achat-reconditionne.json")]
    [InlineData("combine.yaml")]
    public void Json_has_the_contract_keys_with_numbers_as_json_numbers(string file)
    {
        var root = RunJson(file);

        Assert.Equal(Path.GetFileNameWithoutExtension(file), root.GetProperty("scenario").GetString());
        Assert.Equal(ScenarioReader.Read(SampleScenario(file)).Title, root.GetProperty("title").GetString());
        Assert.NotEqual(root.GetProperty("scenario").GetString(), root.GetProperty("title").GetString());
        var avoided = root.GetProperty("avoided_tco2e");
        foreach (var key in new[] { "mean", "p5", "p50", "p95" })
            Assert.Equal(JsonValueKind.Number, avoided.GetProperty(key).ValueKind);
        Assert.True(avoided.GetProperty("p5").GetDouble() <= avoided.GetProperty("p50").GetDouble());
        Assert.True(avoided.GetProperty("p50").GetDouble() <= avoided.GetProperty("p95").GetDouble());
        Assert.True(avoided.GetProperty("mean").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("transport_tco2e").ValueKind);
        var categories = root.GetProperty("by_category").EnumerateArray().ToList();
        Assert.NotEmpty(categories);
        Assert.All(categories, c =>
        {
            Assert.Equal(JsonValueKind.String, c.GetProperty("category").ValueKind);
            Assert.Equal(JsonValueKind.Number, c.GetProperty("avoided_tco2e").ValueKind);
        });
        // The categories' Monte Carlo means add up to the total mean (to the rounding of each to the gram).
        Assert.Equal(avoided.GetProperty("mean").GetDouble(), categories.Sum(c => c.GetProperty("avoided_tco2e").GetDouble()), 1e-5 * categories.Count);
        Assert.NotEmpty(root.GetProperty("missing_factors").EnumerateArray());
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_json()
    {
        string[] args = ["scenario", "run", "--scenario", SampleScenario("combine.yaml"), "--data", RepositoryPaths.SampleData, "--iterations", "3000", "--seed", "11", "--format", "json"];
        var first = Run(args);
        var second = Run(args);

        Assert.Equal(0, first.Exit);
        Assert.Equal("", first.Error);
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public void Another_seed_moves_the_percentiles_but_keeps_the_mean_within_monte_carlo_error()
    {
        var first = RunJson("combine.yaml", seed: 1, iterations: 5_000);
        var second = RunJson("combine.yaml", seed: 2, iterations: 5_000);

        Assert.NotEqual(first.GetProperty("net_tco2e").GetProperty("p5").GetDouble(), second.GetProperty("net_tco2e").GetProperty("p5").GetDouble());
        Assert.NotEqual(first.GetProperty("net_tco2e").GetProperty("p95").GetDouble(), second.GetProperty("net_tco2e").GetProperty("p95").GetDouble());
        double StandardError(JsonElement root) => root.GetProperty("convergence").EnumerateArray().Last().GetProperty("standard_error_tco2e").GetDouble();
        double combined = Math.Sqrt(Math.Pow(StandardError(first), 2) + Math.Pow(StandardError(second), 2));
        Assert.True(combined > 0);
        // Two independent means differ by more than 4 combined standard errors once in 16,000 runs.
        Assert.InRange(first.GetProperty("net_tco2e").GetProperty("mean").GetDouble() - second.GetProperty("net_tco2e").GetProperty("mean").GetDouble(), -4 * combined, 4 * combined);
    }

    [Fact]
    public void The_command_gives_what_the_library_gives_for_the_loans_matched_at_the_scenario_distance()
    {
        var json = JsonNode.Parse(Run("scenario", "run", "--scenario", SampleScenario("pret-mutualise.yaml"), "--data", RepositoryPaths.SampleData,
            "--iterations", "1500", "--seed", "5", "--format", "json").Out)!.AsObject();

        var study = Study.Load(RepositoryPaths.SampleData);
        var scenario = ScenarioReader.Read(SampleScenario("pret-mutualise.yaml"));
        var matching = study.MatchLoans(new MatchingOptions { MaxDistanceKm = 150 });
        var expected = ScenarioSummary.From(ScenarioRunner.Run(study, matching.Result, scenario, new MonteCarloOptions(1_500, 5)));

        Assert.Equal(150, json["matching"]!["max_distance_km"]!.GetValue<double>());
        Assert.Equal(matching.Result.Loans.Count, json["matching"]!["loans"]!.GetValue<int>());
        Assert.True(matching.Result.Loans.Count > 0);
        json.Remove("matching");
        Assert.Equal(JsonSerializer.Serialize(expected, CliJson.Options), json.ToJsonString(CliJson.Options));
    }

    [Fact]
    public void Text_output_is_french_with_the_range_transport_net_categories_missing_factors_and_equivalence()
    {
        var (exit, output, error) = Run("scenario", "run", "--scenario", SampleScenario("pret-mutualise.yaml"), "--data", RepositoryPaths.SampleData, "--iterations", "1000");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.StartsWith("Scénario « Prêt mutualisé » (pret-mutualise) : 5 ans à partir de", output);
        Assert.Contains("1\u00A0000 tirages Monte Carlo (graine 42)", output);
        Assert.Matches(@"Émissions évitées \(brutes, avant transport\) : \d+,\d\u00A0tCO2e \(P5–P95\u00A0: \d+,\d – \d+,\d\)", output);
        Assert.Contains("Transport des prêts : ", output);
        Assert.Contains("Bilan net (transport déduit) : ", output);
        Assert.Contains("Principales catégories (5 sur ", output);
        Assert.Contains("Facteurs manquants (", output);
        Assert.Contains("Casque audio : ", output);
        Assert.Matches(@"l'empreinte carbone annuelle de \d+,\d Français \(9,4 tCO2e par personne et par an", output);
        Assert.Contains("Appariement : ", output);
        Assert.DoesNotContain("Facteur manquant pour", output);
    }

    [Fact]
    public void A_wrong_scenario_file_exits_1_naming_the_file_the_line_and_the_key()
    {
        using var folder = new TempFolder();
        var file = folder.Write("mauvais.yaml", "name: essai\nloan_share: 1,7\nhorizon_years: 5\n");

        var (exit, output, error) = Run("scenario", "run", "--scenario", file, "--data", RepositoryPaths.SampleData);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("mauvais.yaml, ligne 2, colonne « loan_share » : erreur :", error);
        Assert.DoesNotContain("   at ", error);

        (exit, _, error) = Run("scenario", "run", "--scenario", folder.File("absent.yaml"));
        Assert.Equal(1, exit);
        Assert.Contains("Fichier de scénario introuvable", error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("200001")]
    public void An_iteration_count_out_of_range_is_a_command_line_error(string iterations)
    {
        var (exit, output, error) = Run("scenario", "run", "--scenario", SampleScenario("combine.yaml"), "--iterations", iterations);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("Erreur : --iterations doit être compris entre 1 et 200\u00A0000", error);
    }

    [Fact]
    public void Several_scenarios_for_run_or_none_are_command_line_errors()
    {
        var (exit, _, error) = Run("scenario", "run", "--scenario", SampleScenario("combine.yaml"), "--scenario", SampleScenario("pret-mutualise.yaml"));
        Assert.Equal(2, exit);
        Assert.Contains("scenario compare", error);

        (exit, _, error) = Run("scenario", "run");
        Assert.Equal(2, exit);
        Assert.Contains("--scenario FICHIER", error);
    }

    [Fact]
    public void A_missing_or_unreadable_data_folder_exits_1_without_a_stack_trace()
    {
        var (exit, output, error) = Run("scenario", "run", "--scenario", SampleScenario("combine.yaml"), "--data", "/dossier/qui/n-existe-pas");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("introuvable", error);

        using var folder = new TempFolder();
        folder.Write("institutions.csv", "Identifiant;Nom;Type\nETB-1;Musée;Musée\n");
        folder.Write("besoins.csv", "colonne;inattendue\n1;2\n");
        (exit, output, error) = Run("scenario", "run", "--scenario", SampleScenario("combine.yaml"), "--data", folder.Path, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("besoins.csv", error);
        Assert.Contains("Scénario non calculé", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Compare_runs_the_data_folder_scenarios_side_by_side_with_the_same_figures_as_run()
    {
        var (exit, output, error) = Run("scenario", "compare", "--data", RepositoryPaths.SampleData, "--iterations", "2000", "--format", "json");
        Assert.True(exit == 0, error);
        var root = JsonDocument.Parse(output).RootElement;

        var rows = root.GetProperty("comparison").EnumerateArray().ToList();
        Assert.Equal(["achat-reconditionne", "allongement-duree-de-vie", "combine", "pret-mutualise"], rows.Select(r => r.GetProperty("scenario").GetString()));
        Assert.Equal(4, root.GetProperty("scenarios").GetArrayLength());
        var single = RunJson("pret-mutualise.yaml");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(single.GetProperty("net_tco2e").GetRawText()), JsonNode.Parse(rows[3].GetProperty("net_tco2e").GetRawText())));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(single.GetRawText()), JsonNode.Parse(root.GetProperty("scenarios")[3].GetRawText())));

        (exit, output, _) = Run("scenario", "compare", "--scenario", SampleScenario("combine.yaml"), "--scenario", SampleScenario("pret-mutualise.yaml"), "--data", RepositoryPaths.SampleData, "--iterations", "500");
        Assert.Equal(0, exit);
        Assert.StartsWith("Comparaison de 2 scénario(s), 500 tirages Monte Carlo (graine 42).", output);
        Assert.Contains("Le scénario « Les trois leviers combinés » évite le plus", output);
        Assert.Contains("Catégories sans facteur, hors des totaux (tous les scénarios) : ", output);
    }

    [Fact]
    public void Compare_without_scenarios_is_a_command_line_error_and_without_data_folder_an_input_error()
    {
        using var folder = new TempFolder();
        folder.Write("institutions.csv", "Identifiant;Nom\nETB-1;Musée\n");

        var (exit, output, error) = Run("scenario", "compare", "--data", folder.Path);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("aucun scénario à comparer", error);

        (exit, _, error) = Run("scenario", "compare", "--data", folder.File("absent"));
        Assert.Equal(1, exit);
        Assert.Contains("Dossier de données introuvable", error);
    }
}
