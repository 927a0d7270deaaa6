using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.SampleData;

namespace Ressourcerie.Analytics.Tests.SampleData;

public class SampleStudyLoadTests
{
    [Fact]
    public void Study_loads_the_committed_sample_without_error_and_only_the_planted_warnings()
    {
        var planted = SampleDataGenerator.Generate(SampleDataOptions.Sample, _ => new MemoryStream()).PlantedDefects;

        var study = Study.Load(RepositoryPaths.SampleData);

        Assert.Equal(0, study.Quality.ErrorCount);
        Assert.Equal(0, study.Quality.RowsRejected);
        Assert.True(study.Quality.IsBalanced);
        Assert.Equal(40, study.Institutions.Count);
        Assert.Equal(study.Quality.Files[SampleDataGenerator.InventoryFile].RowsRead, study.Inventory.Count);
        Assert.Equal(study.Quality.Files[SampleDataGenerator.NeedsFile].RowsRead, study.Needs.Count);

        var warnings = study.Quality.Issues.Where(i => i.Severity == IssueSeverity.Warning).ToList();
        Assert.InRange(warnings.Count, 3, planted.Count);
        Assert.All(warnings, w => Assert.Contains(planted, d => d.File == w.File && d.Row == w.Row && d.Column == w.Column));
    }

    [Fact]
    public void Loaded_sample_has_current_regions_and_quantities_corrected_to_one()
    {
        var study = Study.Load(RepositoryPaths.SampleData);

        Assert.All(study.Institutions, i => Assert.Contains(i.Region, SampleDataFacts.CurrentRegions));
        Assert.All(study.Institutions, i => Assert.True(i.Location!.Value.IsInFrance));
        Assert.All(study.Inventory, item => Assert.True(item.Quantity >= 1));
        Assert.All(study.Needs, need => Assert.True(need.Start <= need.End));
    }
}
