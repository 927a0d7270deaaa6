using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// A tornado chart for one-at-a-time sensitivity: for each parameter, the result when it is set to
/// its low and its high value, as bars from the baseline; the widest swing at the top.
/// </summary>
public static class TornadoChart
{
    public static Plot Create(
        string title,
        IReadOnlyList<(string Parameter, double ResultAtLow, double ResultAtHigh)> parameters,
        double baseline,
        string valueAxisLabel)
    {
        var plot = ChartStyle.NewPlot(title, valueAxisLabel);
        var ordered = parameters.OrderBy(p => Math.Abs(p.ResultAtHigh - p.ResultAtLow)).ThenByDescending(p => p.Parameter, StringComparer.Ordinal).ToList();
        var bars = new List<Bar>();
        for (int i = 0; i < ordered.Count; i++)
        {
            bars.Add(new Bar { Position = i, ValueBase = baseline, Value = ordered[i].ResultAtLow, FillColor = ChartStyle.ColorAt(0), LineWidth = 0, Orientation = Orientation.Horizontal, Size = 0.7 });
            bars.Add(new Bar { Position = i, ValueBase = baseline, Value = ordered[i].ResultAtHigh, FillColor = ChartStyle.ColorAt(1), LineWidth = 0, Orientation = Orientation.Horizontal, Size = 0.7 });
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        var line = plot.Add.VerticalLine(baseline, 3, Colors.Black);
        line.LegendText = $"Référence : {FrenchNumberFormat.Format(baseline, 1)}";

        ChartStyle.CategoryTicks(plot.Axes.Left, [.. Enumerable.Range(0, ordered.Count).Select(i => (double)i)], [.. ordered.Select(p => ChartLabels.Fit(p.Parameter))]);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Valeur basse du paramètre", FillColor = ChartStyle.ColorAt(0) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Valeur haute du paramètre", FillColor = ChartStyle.ColorAt(1) });
        ChartStyle.LegendOutside(plot);
        plot.Axes.SetLimitsY(-0.6, ordered.Count - 0.4);
        plot.Axes.Margins(left: 0.08, right: 0.08);
        return plot;
    }
}
