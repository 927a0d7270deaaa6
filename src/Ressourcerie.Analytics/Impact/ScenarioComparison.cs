using Microsoft.Data.Analysis;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// Scenarios side by side: one row per scenario with the net balance's Monte Carlo mean and
/// percentiles, the gross avoided mean, transport, and each lever at typical factors (tCO2e).
/// </summary>
public static class ScenarioComparison
{
    public static DataFrame Compare(IEnumerable<ScenarioRun> runs)
    {
        var list = runs.ToList();
        return new DataFrame(
            new StringDataFrameColumn("Scénario", list.Select(r => r.Scenario.Title)),
            new DoubleDataFrameColumn("Bilan net moyen (tCO2e)", list.Select(r => r.MonteCarlo.Net.MeanTonnesCO2e)),
            new DoubleDataFrameColumn("P5 (tCO2e)", list.Select(r => r.MonteCarlo.Net.P5TonnesCO2e)),
            new DoubleDataFrameColumn("P50 (tCO2e)", list.Select(r => r.MonteCarlo.Net.P50TonnesCO2e)),
            new DoubleDataFrameColumn("P95 (tCO2e)", list.Select(r => r.MonteCarlo.Net.P95TonnesCO2e)),
            new DoubleDataFrameColumn("Émissions évitées moyennes (tCO2e)", list.Select(r => r.MonteCarlo.Avoided.MeanTonnesCO2e)),
            new DoubleDataFrameColumn("Transport moyen (tCO2e)", list.Select(r => r.MonteCarlo.Transport.MeanTonnesCO2e)),
            new DoubleDataFrameColumn("Achats évités (tCO2e)", list.Select(r => r.Result.Total.AvoidedPurchasesKgCO2e / 1000)),
            new DoubleDataFrameColumn("Allongement de la durée de vie (tCO2e)", list.Select(r => r.Result.Total.LifetimeExtensionKgCO2e / 1000)),
            new DoubleDataFrameColumn("Achats reconditionnés (tCO2e)", list.Select(r => r.Result.Total.RefurbishedKgCO2e / 1000)),
            new DoubleDataFrameColumn("Phase d'usage (tCO2e)", list.Select(r => r.Result.Total.UsePhaseKgCO2e / 1000)),
            new DoubleDataFrameColumn("Équivalent Français (personnes-an)", list.Select(r => r.NetEquivalent.People)));
    }
}
