using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Tests.SampleData;

namespace Ressourcerie.Analytics.Tests.Impact;

/// <summary>
/// The four sample scenarios on the committed sample study. The loans are built here, simply (each
/// need borrows from the nearest other institution with the category in stock), as the impact model
/// takes whatever loans a matching gives.
/// </summary>
public class SampleStudyImpactTests
{
    private static readonly Lazy<ImpactInputs> SampleInputs = new(() =>
    {
        var study = Study.Load(RepositoryPaths.SampleData);
        var places = study.Institutions.Where(i => i.Location is not null).ToDictionary(i => i.Id, i => i.Location!.Value);
        var idle = study.Inventory.Where(i => i.Status == EquipmentStatus.EnStock)
            .GroupBy(i => i.CategoryId)
            .ToDictionary(g => g.Key, g => g.Select(i => i.InstitutionId).Distinct().ToList());
        var loans = new List<Loan>();
        foreach (var need in study.Needs)
        {
            if (!idle.TryGetValue(need.CategoryId, out var lenders) || !places.TryGetValue(need.InstitutionId, out var here)) continue;
            var lender = lenders.Where(l => l != need.InstitutionId && places.ContainsKey(l))
                .OrderBy(l => places[l].DistanceKmTo(here)).ThenBy(l => l, StringComparer.Ordinal).FirstOrDefault();
            if (lender is null) continue;
            loans.Add(new Loan(lender, need.InstitutionId, need.CategoryId, need.Quantity, places[lender].DistanceKmTo(here), need.Start, need.End, need.Project));
        }
        return ImpactInputs.From(study, new MatchingResult(loans, [], double.PositiveInfinity));
    });

    private static IReadOnlyList<ScenarioRun> Runs() => ScenarioRunner.RunAll(SampleInputs.Value,
        SampleScenariosTests.Files.Select(SampleScenariosTests.Read), new MonteCarloOptions(2_000, 2023));

    [Fact]
    public void The_sample_scenarios_run_and_the_combined_one_avoids_at_least_as_much_as_each_lever()
    {
        var runs = Runs();
        var combined = runs.Single(r => r.Scenario.Name == "combine");

        foreach (var run in runs)
        {
            Assert.True(run.Result.AvoidedKgCO2e > 0, run.Scenario.Name);
            Assert.True(run.MonteCarlo.Net.P5KgCO2e <= run.MonteCarlo.Net.P50KgCO2e && run.MonteCarlo.Net.P50KgCO2e <= run.MonteCarlo.Net.P95KgCO2e);
            Assert.True(combined.Result.AvoidedKgCO2e >= run.Result.AvoidedKgCO2e - 1e-6, run.Scenario.Name);
        }
        Assert.True(runs.Single(r => r.Scenario.Name == "pret-mutualise").Result.TransportKgCO2e > 0);
        Assert.Equal(4, ScenarioComparison.Compare(runs).Rows.Count);
    }

    [Fact]
    public void On_the_sample_every_counted_category_is_sourced_and_every_other_is_flagged()
    {
        var result = Runs().Single(r => r.Scenario.Name == "combine").Result;
        // The categories the scenario concerns: needed, or in service (and so replaced at end of life).
        var concerned = SampleInputs.Value.Inventory.Where(i => i.Status is EquipmentStatus.EnService or EquipmentStatus.Prete).Select(i => i.CategoryId)
            .Concat(SampleInputs.Value.Needs.Select(n => n.CategoryId)).Distinct().ToList();

        foreach (var category in concerned)
        {
            bool counted = result.ByCategory.Any(c => c.CategoryId == category);
            bool flagged = result.MissingFactors.Any(m => m.CategoryId == category);
            Assert.True(counted != flagged, category);
            Assert.Equal(FactorLibrary.Default.Device(category).IsUsable, counted);
        }
        foreach (var category in result.ByCategory)
            Assert.Contains(result.Factors, f => f.CategoryId == category.CategoryId && f.Unit == "kgCO2e/unité" && f.Source.Length > 0);
        Assert.NotEmpty(result.MissingFactors);
        Assert.All(result.ByRegion, r => Assert.NotEqual(ImpactModel.UnknownRegion, r.Region));
    }
}
