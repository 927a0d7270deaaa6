using Ressourcerie.Analytics.Reporting;
using Ressourcerie.Analytics.Tests.SampleData;

namespace Ressourcerie.Analytics.Tests.Reporting;

public class ReportDataTests
{
    [Fact]
    public void Scenarios_default_to_the_data_folders_scenarios_in_name_order()
    {
        var files = ReportData.DefaultScenarioFiles(RepositoryPaths.SampleData);

        Assert.Equal(
            ["achat-reconditionne", "allongement-duree-de-vie", "combine", "pret-mutualise"],
            files.Select(Path.GetFileNameWithoutExtension));
    }

    [Fact]
    public void Explicit_scenario_files_replace_the_folders_own()
    {
        var study = Study.Load(RepositoryPaths.SampleData);
        var combine = ReportData.DefaultScenarioFiles(RepositoryPaths.SampleData).Single(f => f.Contains("combine"));

        var data = ReportData.From(study, new ReportOptions { ScenarioFiles = [combine] });

        Assert.Equal([combine], data.ScenarioFiles);
        Assert.Single(data.Scenarios);
    }

    [Fact]
    public void Matching_runs_once_per_distance_and_is_shared()
    {
        var data = ReportData.From(Study.Load(RepositoryPaths.SampleData));
        var options = new ReportOptions();

        var first = data.Matching(options);
        var again = data.Matching(options);
        var nearer = data.Matching(options, 50);

        Assert.Same(first, again);
        Assert.NotSame(first, nearer);
        Assert.Equal(50, nearer.Options.MaxDistanceKm);
        Assert.All(nearer.Result.Loans, l => Assert.True(l.DistanceKm <= 50));
        Assert.True(first.Result.UnitsLent >= nearer.Result.UnitsLent);
    }
}
