using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// Horizontal bars of several series per category, stacked (each bar's total written at its end)
/// or side by side, first category at the top, legend outside: for ranked categories whose French
/// labels are too long for a horizontal axis, e.g. the most cited codes by respondent profile.
/// </summary>
public static class HorizontalGroupedBarChart
{
    public static Plot Create(
        string title,
        IReadOnlyList<string> categories,
        IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series,
        string valueAxisLabel,
        bool stacked = true,
        int decimals = 0)
    {
        var plot = ChartStyle.NewPlot(title, valueAxisLabel);
        int n = categories.Count, count = series.Count;
        double groupHeight = 0.8;
        double barHeight = stacked ? groupHeight : groupHeight / Math.Max(count, 1);
        var totals = new double[n];
        var bars = new List<Bar>();
        for (int s = 0; s < count; s++)
        {
            var color = ChartStyle.ColorAt(s);
            for (int i = 0; i < n; i++)
            {
                double value = i < series[s].Values.Count ? series[s].Values[i] : 0;
                double position = stacked ? n - 1 - i : n - 1 - i + groupHeight / 2 - barHeight * (s + 0.5);
                bars.Add(new Bar
                {
                    Position = position,
                    ValueBase = stacked ? totals[i] : 0,
                    Value = stacked ? totals[i] + value : value,
                    Size = barHeight * (stacked ? 1 : 0.92),
                    FillColor = color,
                    LineWidth = 0,
                    Orientation = Orientation.Horizontal,
                });
                totals[i] = stacked ? totals[i] + value : Math.Max(totals[i], value);
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s].Name, FillColor = color });
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;

        if (stacked)
        {
            for (int i = 0; i < n; i++)
            {
                var total = plot.Add.Text(FrenchNumberFormat.Format(totals[i], decimals), totals[i], n - 1 - i);
                total.LabelFontSize = ChartStyle.ValueLabelSize;
                total.LabelFontName = ChartStyle.FontName;
                total.LabelAlignment = Alignment.MiddleLeft;
                total.LabelOffsetX = 8;
            }
        }

        if (series.All(s => s.Values.All(v => v == Math.Round(v))))
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = FrenchNumberFormat.Tick };
        ChartStyle.CategoryTicks(plot.Axes.Left, [.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. categories.Select(c => ChartLabels.Fit(c))]);
        double max = n == 0 ? 1 : Math.Max(totals.Max(), 0);
        plot.Axes.SetLimitsX(0, max <= 0 ? 1 : max * 1.12);
        plot.Axes.SetLimitsY(-0.6, Math.Max(n, 1) - 0.4);
        ChartStyle.LegendOutside(plot);
        return plot;
    }
}
