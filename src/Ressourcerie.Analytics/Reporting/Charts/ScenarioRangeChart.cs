using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// One bar per scenario at its central value with a P5–P95 interval: the comparison of reuse
/// scenarios under uncertainty (Monte Carlo results).
/// </summary>
public static class ScenarioRangeChart
{
    public static Plot Create(
        string title,
        IReadOnlyList<(string Scenario, double Central, double P5, double P95)> scenarios,
        string valueAxisLabel,
        int decimals = 1)
    {
        var plot = ChartStyle.NewPlot(title, null, valueAxisLabel);
        int n = scenarios.Count;
        var bars = new List<Bar>(n);
        for (int i = 0; i < n; i++)
            bars.Add(new Bar { Position = i, Value = scenarios[i].Central, FillColor = ChartStyle.ColorAt(i), LineWidth = 0, Size = 0.6 });
        plot.Add.Bars(bars);

        var xs = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        var ys = scenarios.Select(s => s.Central).ToArray();
        var errors = plot.Add.ErrorBar(xs, ys, new double[n]);
        errors.YErrorNegative = [.. scenarios.Select(s => Math.Max(0, s.Central - s.P5))];
        errors.YErrorPositive = [.. scenarios.Select(s => Math.Max(0, s.P95 - s.Central))];
        errors.LineWidth = 3;
        errors.CapSize = 18;
        errors.Color = Colors.Black;

        for (int i = 0; i < n; i++)
        {
            var label = plot.Add.Text(FrenchNumberFormat.Format(scenarios[i].Central, decimals), i + 0.32, scenarios[i].Central);
            label.LabelFontSize = ChartStyle.ValueLabelSize;
            label.LabelFontName = ChartStyle.FontName;
            label.LabelAlignment = Alignment.MiddleLeft;
        }
        ChartStyle.CategoryTicks(plot.Axes.Bottom, xs, [.. scenarios.Select(s => ChartLabels.Fit(s.Scenario, 20))]);
        plot.Axes.Margins(bottom: 0, top: 0.1);
        plot.Axes.SetLimitsX(-0.6, n - 0.4);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Intervalle P5–P95", LineColor = Colors.Black, LineWidth = 3 });
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }
}
