using Ressourcerie.Analytics.Impact;
using static Ressourcerie.Analytics.Tests.Impact.ImpactStudy;

namespace Ressourcerie.Analytics.Tests.Impact;

public class ImpactTablesTests
{
    private static readonly ImpactResult Result = ImpactModel.Run(
        Inputs(
            needs: [Need("B", "video_projector", 2), Need("B", "camera_video", 1)],
            loans: [Loan("A", "B", "video_projector", 2, 50)],
            stock: [Item("A", "interactive_kiosk", 3)],
            institutions: [Institution("A", "Bretagne"), Institution("B", "Normandie")]),
        new Scenario { Name = "t", HorizonYears = 2, LoanShare = 1, LifetimeExtensionYears = 1 });

    [Fact]
    public void The_category_table_has_one_row_per_counted_category_with_its_levers_in_tonnes()
    {
        var frame = ImpactTables.Categories(Result);

        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal("Borne interactive", frame.Columns["Catégorie"][0]);
        Assert.Equal("estimation (dérivé)", frame.Columns["Statut du facteur"][0]);
        Assert.Equal(2 * 94 / 1000.0, (double)frame.Columns["Achats évités (tCO2e)"][1]!, 1e-12);
        Assert.Equal(Result.ByCategory[1].Amounts.NetTonnesCO2e, frame.Columns["Bilan net (tCO2e)"][1]);
    }

    [Fact]
    public void The_hypotheses_table_lists_every_factor_with_value_range_status_and_source()
    {
        var frame = ImpactTables.Hypotheses(Result);

        Assert.Equal(Result.Factors.Count, frame.Rows.Count);
        for (long row = 0; row < frame.Rows.Count; row++)
            Assert.False(string.IsNullOrWhiteSpace((string)frame.Columns["Source"][row]));
        var projector = Result.Factors.ToList().FindIndex(f => f.FactorId == "video_projector");
        Assert.Equal(94.0, frame.Columns["Valeur utilisée"][projector]);
        Assert.Equal(40.5, frame.Columns["Basse (P10)"][projector]);
        Assert.Equal(200.0, frame.Columns["Haute (P90)"][projector]);
        Assert.Equal("non", frame.Columns["Surchargé par le scénario"][projector]);
    }

    [Fact]
    public void The_missing_factor_table_lists_the_categories_left_out()
    {
        var frame = ImpactTables.MissingFactors(Result);

        Assert.Equal(1, frame.Rows.Count);
        Assert.Equal("Caméra vidéo", frame.Columns["Catégorie"][0]);
        Assert.Equal("facteur manquant", frame.Columns["Statut"][0]);
        Assert.Equal(1.0, frame.Columns["Besoins (unités)"][0]);
    }

    [Fact]
    public void Region_year_and_institution_tables_follow_the_breakdowns()
    {
        Assert.Equal(["Bretagne", "Normandie"], ImpactTables.Regions(Result).Columns["Région"].Cast<string>());
        Assert.Equal([2025, 2026], ImpactTables.Years(Result).Columns["Année civile"].Cast<int?>().Select(y => y!.Value));
        Assert.Equal(2, ImpactTables.Institutions(Result).Rows.Count);
    }
}
