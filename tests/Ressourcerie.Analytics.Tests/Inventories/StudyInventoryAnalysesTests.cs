using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.SampleData;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;

namespace Ressourcerie.Analytics.Tests.Inventories;

public class StudyInventoryAnalysesTests
{
    private static readonly Study Sample = Study.Load(RepositoryPaths.SampleData, FixedClock.Options(2025));

    [Fact]
    public void The_sample_idle_stock_is_about_a_quarter_of_the_lines_not_out_of_service()
    {
        long idle = Sample.IdleStock().Rows.Count;
        int candidates = Sample.Inventory.Count(i => i.Status != EquipmentStatus.HorsService);
        Assert.InRange((double)idle / candidates, 0.18, 0.32);
        Assert.Equal(Sample.Inventory.Sum(i => (long)i.Quantity), Sample.StockByStatus()["Unités"].Cast<long>().Sum());
    }

    [Fact]
    public void Age_classes_use_the_study_clock()
    {
        var in2025 = Sample.StockByAgeClass();
        var later = Study.Load(RepositoryPaths.SampleData, FixedClock.Options(2035)).StockByAgeClass();
        Assert.Equal(in2025["Unités"].Cast<long>().Sum(), later["Unités"].Cast<long>().Sum());
        Assert.True((long)later["Unités"][0]! < (long)in2025["Unités"][0]!);
    }

    [Fact]
    public void On_the_sample_every_unit_of_need_is_lent_or_reported_unmet_and_no_lender_lends_to_itself()
    {
        var run = Sample.MatchLoans();
        Assert.Equal(Sample.Needs.Sum(n => n.Quantity), run.Result.UnitsLent + run.Result.UnitsUnmet);
        Assert.True(run.Result.UnitsLent > 0);
        Assert.All(run.Result.Loans, l => Assert.NotEqual(l.LenderInstitutionId, l.BorrowerInstitutionId));
        Assert.All(run.Result.Loans, l => Assert.True(l.DistanceKm <= run.Options.MaxDistanceKm));
        Assert.Equal(run.Result.Unmet.Count, run.UnmetReasons.Count);
        var byRegion = MatchingSummary.ByRegion(run.Result, Sample.Institutions);
        Assert.Equal(Sample.Needs.Sum(n => (long)n.Quantity), byRegion["Besoins (unités)"].Cast<long>().Sum());
    }

    [Fact]
    public void On_the_sample_the_video_institutions_cluster_together_through_the_study()
    {
        var truth = SampleDataGenerator.GroundTruth(SampleDataOptions.Sample);
        var result = Sample.ClusterNeeds();
        var videoClusters = truth.Where(t => t.Profile == EquipmentProfile.Video && result.ClusterOf.ContainsKey(t.InstitutionId))
            .Select(t => result.ClusterOf[t.InstitutionId]).Distinct();
        Assert.Single(videoClusters);
    }
}
