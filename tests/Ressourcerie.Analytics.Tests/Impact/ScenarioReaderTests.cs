using System.Text;
using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Tests.SampleData;

namespace Ressourcerie.Analytics.Tests.Impact;

public class ScenarioReaderTests
{
    private const string CombinedYaml = """
        # Scénario de test
        name: combine
        description: Prêt, allongement et reconditionné.
        horizon_years: 5
        start_year: 2025
        loan_share: 0,6
        max_distance_km: 150
        items_per_trip: 4
        distance_rule: aller-retour
        recurring_needs: non
        lifetime_extension_years: 2
        lifetime_extension_by_category:
          video_projector: 3
        refurbished_share: 30 %
        older_device_extra_consumption: 0.05
        factor_overrides:
          display:
            typical: 120
            high: 450
            lifetime_years: 7
            source: "PCF Dell P2422H (2021)"
          transport_van: { low: 0.25, typical: 0.3, high: 0.35, source: "Flotte interne 2024" }
        """;

    private const string CombinedJson = """
        {
          "name": "combine",
          "description": "Prêt, allongement et reconditionné.",
          "horizon_years": 5,
          "start_year": 2025,
          "loan_share": 0.6,
          "max_distance_km": 150,
          "items_per_trip": 4,
          "distance_rule": "round_trip",
          "recurring_needs": false,
          "lifetime_extension_years": 2,
          "lifetime_extension_by_category": { "video_projector": 3 },
          "refurbished_share": 0.3,
          "older_device_extra_consumption": 0.05,
          // JSON with comments and a trailing comma is accepted
          "factor_overrides": {
            "display": { "typical": 120, "high": 450, "lifetime_years": 7, "source": "PCF Dell P2422H (2021)" },
            "transport_van": { "low": 0.25, "typical": 0.3, "high": 0.35, "source": "Flotte interne 2024" },
          }
        }
        """;

    [Fact]
    public void Yaml_and_json_scenarios_give_the_same_levers()
    {
        var yaml = ScenarioReader.Parse(CombinedYaml, "combine.yaml");
        var json = ScenarioReader.Parse(CombinedJson, "combine.json");

        foreach (var scenario in new[] { yaml, json })
        {
            Assert.Equal("combine", scenario.Name);
            Assert.Equal("Prêt, allongement et reconditionné.", scenario.Description);
            Assert.Equal(5, scenario.HorizonYears);
            Assert.Equal(2025, scenario.StartYear);
            Assert.Equal(0.6, scenario.LoanShare);
            Assert.Equal(150, scenario.MaxDistanceKm);
            Assert.Equal(4, scenario.ItemsPerTrip);
            Assert.Equal(DistanceRule.RoundTrip, scenario.DistanceRule);
            Assert.False(scenario.RecurringNeeds);
            Assert.Equal(2, scenario.LifetimeExtensionYears);
            Assert.Equal(3, scenario.LifetimeExtensionFor("video_projector"));
            Assert.Equal(2, scenario.LifetimeExtensionFor("display"));
            Assert.Equal(0.3, scenario.RefurbishedShare, 12);
            Assert.Equal(0.05, scenario.OlderDeviceExtraConsumption);
            Assert.Equal(2, scenario.FactorOverrides.Count);
            var display = scenario.FactorOverrides.Single(o => o.FactorId == "display");
            Assert.Equal((null, 120.0, 450.0, 7.0), (display.Low, display.Typical, display.High, display.LifetimeYears));
            Assert.Equal("PCF Dell P2422H (2021)", display.Source);
            Assert.Equal(scenario.File, display.File);
        }
        Assert.Equal(17, yaml.FactorOverrides.Single(o => o.FactorId == "display").Line);
        Assert.Equal(17, json.FactorOverrides.Single(o => o.FactorId == "display").Line);
    }

    [Fact]
    public void A_scenario_without_name_takes_the_file_name_and_unset_levers_have_no_effect()
    {
        var scenario = ScenarioReader.Parse("loan_share: 1\n", "mon-scenario.yml");

        Assert.Equal("mon-scenario", scenario.Name);
        Assert.Equal(5, scenario.HorizonYears);
        Assert.Equal(0, scenario.RefurbishedShare);
        Assert.Equal(0, scenario.LifetimeExtensionYears);
        Assert.Null(scenario.MaxDistanceKm);
    }

    [Theory]
    [InlineData("name: pret\ntitle: Prêt mutualisé\n", "pret.yaml")]
    [InlineData("name: pret\ntitre: « Prêt mutualisé »\n", "pret.yaml")]
    [InlineData("{ \"name\": \"pret\", \"titre\": \"  Prêt mutualisé  \" }", "pret.json")]
    public void A_french_title_is_read_from_title_or_titre_beside_the_name(string content, string file)
    {
        var scenario = ScenarioReader.Parse(content, file);

        Assert.Equal("pret", scenario.Name);
        Assert.Equal(content.Contains('«') ? "« Prêt mutualisé »" : "Prêt mutualisé", scenario.Title);
    }

    [Fact]
    public void Without_a_title_a_scenario_is_shown_by_its_name()
    {
        Assert.Equal("mon-scenario", ScenarioReader.Parse("loan_share: 1\n", "mon-scenario.yml").Title);
        Assert.Equal("pret", ScenarioReader.Parse("name: pret\ntitle: \"  \"\n", "x.yaml").Title);
        Assert.Equal("combine", (new Scenario { Name = "combine" }).Title);
        Assert.Equal("Situation de référence", Scenario.Baseline.Title);
    }

    [Fact]
    public void Title_and_titre_together_are_refused_naming_the_second()
    {
        var error = Assert.Throws<InputFileException>(() => ScenarioReader.Parse("name: x\ntitle: Prêt\ntitre: Prêts\n", "pret.yaml"));

        Assert.Equal(3, error.Row);
        Assert.Equal("titre", error.Column);
        Assert.Contains("le titre est déjà donné par « title »", error.Message);
    }

    [Fact]
    public void The_sample_scenarios_have_french_titles()
    {
        var titles = Directory.GetFiles(Path.Combine(RepositoryPaths.SampleData, "scenarios"))
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Select(ScenarioReader.Read)
            .ToDictionary(s => s.Name, s => s.Title);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["pret-mutualise"] = "Prêt mutualisé",
                ["allongement-duree-de-vie"] = "Allongement de la durée de vie",
                ["achat-reconditionne"] = "Achat reconditionné",
                ["combine"] = "Les trois leviers combinés",
            },
            titles);
    }

    [Fact]
    public void An_unknown_lever_names_the_file_the_key_and_its_line_and_character()
    {
        var error = Assert.Throws<InputFileException>(() => ScenarioReader.Parse("name: x\nloan_shares: 0.5\n", "pret.yaml"));

        Assert.Equal("pret.yaml", error.File);
        Assert.Equal(2, error.Row);
        Assert.Equal("loan_shares", error.Column);
        Assert.Contains("levier inconnu « loan_shares »", error.Message);
        Assert.Contains("loan_share", error.Message);
        Assert.Contains("caractère 1", error.Message);
        Assert.StartsWith("pret.yaml, ligne 2, colonne « loan_shares » : erreur :", error.ToString());
    }

    [Theory]
    [InlineData("loan_share: 1.5", "loan_share", "entre 0 et 1")]
    [InlineData("refurbished_share: -0,2", "refurbished_share", "entre 0 et 1")]
    [InlineData("loan_share: 150 %", "loan_share", "entre 0 et 1")]
    [InlineData("loan_share: beaucoup", "loan_share", "une part entre 0 et 1")]
    [InlineData("max_distance_km: -10", "max_distance_km", "négative")]
    [InlineData("items_per_trip: 0", "items_per_trip", "strictement positif")]
    [InlineData("horizon_years: 2.5", "horizon_years", "entier")]
    [InlineData("distance_rule: diagonale", "distance_rule", "round_trip")]
    [InlineData("recurring_needs: parfois", "recurring_needs", "true ou false")]
    [InlineData("lifetime_extension_years: -1", "lifetime_extension_years", "négatif")]
    [InlineData("lifetime_extension_by_category:\n  telescope: 2", "lifetime_extension_by_category.telescope", "catégorie inconnue")]
    [InlineData("factor_overrides:\n  display: { typical: 100 }", "factor_overrides.display.source", "source")]
    [InlineData("factor_overrides:\n  display: { typical: 100, colour: red, source: x }", "factor_overrides.display.colour", "clé inconnue")]
    [InlineData("factor_overrides:\n  display: { typical: -3, source: x }", "factor_overrides.display.typical", "négatif")]
    [InlineData("factor_overrides:\n  telescope: { typical: 3, source: x }", "factor_overrides.telescope", "catégorie inconnue")]
    [InlineData("refurbished_saving: { typical: 0.5 }", "refurbished_saving.source", "source")]
    [InlineData("name: a\nname: b", "name", "en double")]
    public void A_wrong_value_is_refused_with_its_key_and_line(string yaml, string key, string expected)
    {
        var error = Assert.Throws<InputFileException>(() => ScenarioReader.Parse("description: essai\n" + yaml + "\n", "s.yaml"));

        Assert.Equal(key, error.Column);
        Assert.True(error.Row >= 2, $"ligne {error.Row}");
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_json_error_gives_the_line_and_character_of_the_value()
    {
        var json = "{\n  \"name\": \"x\",\n  \"loan_share\": 1.5\n}";

        var error = Assert.Throws<InputFileException>(() => ScenarioReader.Parse(json, "x.json"));

        Assert.Equal(3, error.Row);
        Assert.Equal("loan_share", error.Column);
        Assert.Contains("caractère 17", error.Message);
    }

    [Fact]
    public void Every_problem_of_the_file_is_listed_not_only_the_first()
    {
        var error = Assert.Throws<InputFileException>(() => ScenarioReader.Parse("loan_share: 2\nmax_distance_km: -5\nfoo: 1\n", "s.yaml"));

        Assert.Equal(1, error.Row);
        Assert.Contains("2 autre(s) erreur(s)", error.Message);
        Assert.Contains("s.yaml, ligne 2, caractère 18, clé « max_distance_km »", error.Message);
        Assert.Contains("s.yaml, ligne 3, caractère 1, clé « foo »", error.Message);
    }

    [Theory]
    [InlineData("s.yaml", "name: [x\nloan_share: 1\n")]
    [InlineData("s.yaml", "name: x\n\tloan_share: 1\n")]
    [InlineData("s.json", "{ \"name\": \"x\", \"loan_share\": }")]
    [InlineData("s.json", "{ \"name\": \"x\" } trailing")]
    [InlineData("s.yaml", "- a\n- b\n")]
    [InlineData("s.yaml", "")]
    [InlineData("s.json", "")]
    public void A_malformed_file_is_refused_in_french_without_a_stack_trace(string file, string content)
    {
        var error = Assert.Throws<InputFileException>(() => ScenarioReader.Parse(content, file));

        Assert.Equal(file, error.File);
        Assert.Matches("(mal formé|vide|dictionnaire|après la fin)", error.Message);
    }

    [Fact]
    public void A_yaml_bomb_is_refused_before_it_expands()
    {
        var bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++)
            bomb.Append($"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}]\n");

        var error = Assert.Throws<InputFileException>(() => ScenarioReader.Parse(bomb.ToString(), "bombe.yaml"));

        Assert.Contains("trop complexe", error.Message);
    }

    [Fact]
    public void A_missing_file_is_an_input_error_naming_it()
    {
        var error = Assert.Throws<InputFileException>(() => ScenarioReader.Read(Path.Combine(Path.GetTempPath(), "absent-scenario.yaml")));

        Assert.Equal("absent-scenario.yaml", error.File);
        Assert.Contains("introuvable", error.Message);
    }

    [Fact]
    public void One_way_and_a_refurbished_saving_range_are_read()
    {
        var scenario = ScenarioReader.Parse("""
            distance_rule: one_way
            refurbished_share: 1
            refurbished_saving: { low: 0.4, typical: 0.6, high: 0.8, source: "Étude RECYCLUM 2023" }
            """, "r.yaml");

        Assert.Equal(DistanceRule.OneWay, scenario.DistanceRule);
        Assert.Equal(new FactorRange(0.4, 0.6, 0.8), scenario.RefurbishedSaving!.Range);
        Assert.Equal("Étude RECYCLUM 2023", scenario.RefurbishedSaving.Source);
    }

    [Fact]
    public void A_scenario_saved_in_windows_1252_keeps_its_accents()
    {
        var bytes = EncodingDetector.Windows1252.GetBytes("name: prêt\ndescription: Prêt mutualisé entre musées\nloan_share: 0,5\n");

        var scenario = ScenarioReader.Parse(bytes, "pret.yaml");

        Assert.Equal("prêt", scenario.Name);
        Assert.Equal("Prêt mutualisé entre musées", scenario.Description);
    }

    [Fact]
    public void A_json_scenario_with_a_byte_order_mark_reads_and_positions_stay_right()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\n  \"name\": \"é\",\n  \"loan_share\": 2\n}")).ToArray();

        var error = Assert.Throws<InputFileException>(() => ScenarioReader.Parse(bytes, "s.json"));

        Assert.Equal(3, error.Row);
        Assert.Contains("caractère 17", error.Message);
    }
}
