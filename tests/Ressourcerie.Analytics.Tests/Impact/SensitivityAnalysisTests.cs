using Ressourcerie.Analytics.Impact;
using static Ressourcerie.Analytics.Tests.Impact.ImpactStudy;

namespace Ressourcerie.Analytics.Tests.Impact;

public class SensitivityAnalysisTests
{
    [Fact]
    public void The_tornado_sets_each_factor_to_low_then_high_and_sorts_by_swing()
    {
        var model = ImpactModel.Build(
            Inputs(needs: [Need("B", "video_projector", 1)], loans: [Loan("A", "B", "video_projector", 1, 50)]),
            new Scenario { Name = "prêt", HorizonYears = 1, LoanShare = 1 });

        var bars = SensitivityAnalysis.Tornado(model);

        // Projector 40.5 / 94 / 200 with transport at 26: net 14.5 → 174, swing 159.5.
        // Van 0.20 / 0.26 / 0.33 on 100 vehicle-km: net 74 → 61, swing 13.
        Assert.Equal(["video_projector", "transport_van"], bars.Select(b => b.FactorId));
        Assert.Equal(40.5 - 26, bars[0].NetAtLowKgCO2e, 1e-9);
        Assert.Equal(200 - 26, bars[0].NetAtHighKgCO2e, 1e-9);
        Assert.Equal(159.5, bars[0].SwingKgCO2e, 1e-9);
        Assert.Equal(94 - 20, bars[1].NetAtLowKgCO2e, 1e-9);
        Assert.Equal(94 - 33, bars[1].NetAtHighKgCO2e, 1e-9);
        Assert.Equal(68, bars[0].BaseNetKgCO2e, 1e-9);
        Assert.Equal(2, SensitivityAnalysis.TornadoFrame(bars).Rows.Count);
    }

    [Fact]
    public void Scenarios_compare_side_by_side_with_percentiles_transport_and_levers()
    {
        var inputs = Inputs(
            needs: [Need("B", "video_projector", 2), Need("B", "computer_laptop", 4)],
            loans: [Loan("A", "B", "video_projector", 2, 50)],
            stock: [Item("A", "computer_laptop", 10)]);
        var options = new MonteCarloOptions(1_000, Seed: 1);
        var runs = ScenarioRunner.RunAll(inputs,
        [
            new Scenario { Name = "pret", HorizonYears = 3, LoanShare = 1 },
            new Scenario { Name = "duree", HorizonYears = 3, LifetimeExtensionYears = 2 },
        ], options);

        var frame = ScenarioComparison.Compare(runs);

        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal("pret", frame.Columns["Scénario"][0]);
        Assert.Equal(runs[0].MonteCarlo.Net.P95TonnesCO2e, frame.Columns["P95 (tCO2e)"][0]);
        Assert.Equal(2 * 94 / 1000.0, (double)frame.Columns["Achats évités (tCO2e)"][0]!, 1e-9);
        Assert.Equal(0.0, (double)frame.Columns["Transport moyen (tCO2e)"][1]!);
        Assert.True((double)frame.Columns["Allongement de la durée de vie (tCO2e)"][1]! > 0);
    }
}
