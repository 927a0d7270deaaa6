using System.Text.Json;
using Ressourcerie.Analytics.Impact;
using Ressourcerie.Cli;
using static Ressourcerie.Analytics.Tests.Impact.ImpactStudy;

namespace Ressourcerie.Analytics.Tests.Impact;

public class ScenarioSummaryTests
{
    private static ScenarioRun Run(int seed = 42) => ScenarioRunner.Run(
        Inputs(
            needs: [Need("B", "video_projector", 1), Need("B", "headphones", 2)],
            loans: [Loan("A", "B", "video_projector", 1, 50), Loan("A", "B", "headphones", 2, 50)],
            institutions: [Institution("A", "Bretagne"), Institution("B", "Normandie")]),
        new Scenario { Name = "pret", Description = "Prêt d'un vidéoprojecteur", HorizonYears = 1, LoanShare = 1 },
        new MonteCarloOptions(2_000, seed));

    [Fact]
    public void The_json_has_the_keys_of_the_command_line_contract_in_snake_case()
    {
        var json = JsonSerializer.Serialize(ScenarioSummary.From(Run()), CliJson.Options);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("pret", root.GetProperty("scenario").GetString());
        var avoided = root.GetProperty("avoided_tco2e");
        foreach (var key in new[] { "mean", "p5", "p50", "p95" })
            Assert.Equal(JsonValueKind.Number, avoided.GetProperty(key).ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("transport_tco2e").ValueKind);
        var category = Assert.Single(root.GetProperty("by_category").EnumerateArray());
        Assert.Equal("video_projector", category.GetProperty("category").GetString());
        Assert.Equal(JsonValueKind.Number, category.GetProperty("avoided_tco2e").ValueKind);
        Assert.Equal(0.094, category.GetProperty("typical_avoided_tco2e").GetDouble());
        Assert.Equal("headphones", root.GetProperty("missing_factors")[0].GetProperty("category").GetString());
        Assert.Equal(2, root.GetProperty("missing_factors")[0].GetProperty("need_units").GetDouble());
        Assert.Equal(0.094, root.GetProperty("by_lever").GetProperty("avoided_purchases_tco2e").GetDouble());
        Assert.Equal(0.026, root.GetProperty("by_lever").GetProperty("transport_tco2e").GetDouble());
        Assert.Equal(2_000, root.GetProperty("iterations").GetInt32());
        Assert.Equal(42, root.GetProperty("seed").GetInt32());
        Assert.True(root.GetProperty("factors").GetArrayLength() >= 4);
        Assert.All(root.GetProperty("factors").EnumerateArray(), f => Assert.NotEmpty(f.GetProperty("source").GetString()!));
        Assert.Equal("net_at_low_tco2e", root.GetProperty("tornado")[0].EnumerateObject().ElementAt(6).Name);
        Assert.Equal("standard_error_tco2e", root.GetProperty("convergence")[0].EnumerateObject().Last().Name);
        Assert.Equal(["Bretagne", "Normandie"], root.GetProperty("by_region").EnumerateArray().Select(r => r.GetProperty("region").GetString()));
        Assert.True(root.GetProperty("equivalence").GetProperty("people").GetDouble() > 0);
        Assert.DoesNotContain("-0,", json);
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_json()
    {
        var first = JsonSerializer.Serialize(ScenarioSummary.From(Run(7)), CliJson.Options);
        var second = JsonSerializer.Serialize(ScenarioSummary.From(Run(7)), CliJson.Options);
        var other = JsonSerializer.Serialize(ScenarioSummary.From(Run(8)), CliJson.Options);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }
}
