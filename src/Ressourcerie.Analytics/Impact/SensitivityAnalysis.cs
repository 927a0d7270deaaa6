using Microsoft.Data.Analysis;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// One-at-a-time sensitivity: which factor moves a scenario's result most. Each uncertain factor is
/// set to its low then its high value with the others at their typical values; the bars are sorted
/// by swing, largest first (a tornado chart).
/// </summary>
public static class SensitivityAnalysis
{
    public static IReadOnlyList<TornadoBar> Tornado(ImpactModel model)
    {
        var values = model.TypicalValues();
        var categoryValues = new double[model.CategoryIds.Count];
        double baseNet = Net(model, values, categoryValues);
        var bars = new List<TornadoBar>();
        for (int p = 0; p < model.Parameters.Count; p++)
        {
            var factor = model.Parameters[p];
            if (factor.Range.IsFixed) continue;
            values[p] = factor.Range.Low;
            double atLow = Net(model, values, categoryValues);
            values[p] = factor.Range.High;
            double atHigh = Net(model, values, categoryValues);
            values[p] = factor.Range.Typical;
            if (atLow == atHigh) continue;
            bars.Add(new TornadoBar(factor.Id, factor.LabelFr, factor.Unit, factor.Range.Low, factor.Range.Typical, factor.Range.High,
                atLow, atHigh, baseNet, factor.Source));
        }
        return bars.OrderByDescending(b => b.SwingKgCO2e).ThenBy(b => b.FactorId, StringComparer.Ordinal).ToList();
    }

    /// <summary>The tornado as a table (French headers, tCO2e), largest swing first.</summary>
    public static DataFrame TornadoFrame(IReadOnlyList<TornadoBar> bars) => new(
        new StringDataFrameColumn("Facteur", bars.Select(b => b.LabelFr)),
        new StringDataFrameColumn("Identifiant", bars.Select(b => b.FactorId)),
        new StringDataFrameColumn("Unité", bars.Select(b => b.Unit)),
        new DoubleDataFrameColumn("Valeur basse", bars.Select(b => b.Low)),
        new DoubleDataFrameColumn("Valeur typique", bars.Select(b => b.Typical)),
        new DoubleDataFrameColumn("Valeur haute", bars.Select(b => b.High)),
        new DoubleDataFrameColumn("Bilan net, facteur bas (tCO2e)", bars.Select(b => b.NetAtLowKgCO2e / 1000)),
        new DoubleDataFrameColumn("Bilan net, facteur haut (tCO2e)", bars.Select(b => b.NetAtHighKgCO2e / 1000)),
        new DoubleDataFrameColumn("Amplitude (tCO2e)", bars.Select(b => b.SwingKgCO2e / 1000)),
        new StringDataFrameColumn("Source", bars.Select(b => b.Source)));

    private static double Net(ImpactModel model, double[] values, double[] categoryValues)
    {
        model.Evaluate(values, categoryValues, out var avoided, out var transport);
        return avoided - transport;
    }
}
