using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Tests.SampleData;

namespace Ressourcerie.Analytics.Tests.Impact;

/// <summary>The scenarios shipped in <c>data/sample/scenarios</c> are valid and say what they move.</summary>
public class SampleScenariosTests
{
    public static readonly string[] Files = ["pret-mutualise.yaml", "allongement-duree-de-vie.yaml", "achat-reconditionne.json", "combine.yaml"];

    public static Scenario Read(string file) => ScenarioReader.Read(Path.Combine(RepositoryPaths.SampleData, "scenarios", file));

    [Theory]
    [InlineData("pret-mutualise.yaml")]
    [InlineData("allongement-duree-de-vie.yaml")]
    [InlineData("achat-reconditionne.json")]
    [InlineData("combine.yaml")]
    public void Each_sample_scenario_reads_with_a_french_description(string file)
    {
        var scenario = Read(file);

        Assert.Equal(Path.GetFileNameWithoutExtension(file), scenario.Name);
        Assert.True(scenario.Description.Length > 40);
        Assert.Empty(scenario.Problems());
    }

    [Fact]
    public void The_combined_scenario_moves_the_three_levers_of_the_others()
    {
        var lending = Read("pret-mutualise.yaml");
        var lifetime = Read("allongement-duree-de-vie.yaml");
        var refurbished = Read("achat-reconditionne.json");
        var combined = Read("combine.yaml");

        Assert.Equal(lending.LoanShare, combined.LoanShare);
        Assert.Equal(lending.MaxDistanceKm, combined.MaxDistanceKm);
        Assert.Equal(lending.ItemsPerTrip, combined.ItemsPerTrip);
        Assert.Equal(lifetime.LifetimeExtensionYears, combined.LifetimeExtensionYears);
        Assert.Equal(lifetime.LifetimeExtensionFor("video_projector"), combined.LifetimeExtensionFor("video_projector"));
        Assert.Equal(refurbished.RefurbishedShare, combined.RefurbishedShare);
        Assert.Equal(0, lending.RefurbishedShare);
        Assert.Equal(0, lifetime.LoanShare);
        Assert.Equal(0, refurbished.LifetimeExtensionYears);
    }
}
