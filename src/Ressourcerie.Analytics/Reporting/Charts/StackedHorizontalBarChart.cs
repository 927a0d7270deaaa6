using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// Horizontal bars split into stacked series, first category at the top, each bar's total written
/// at its end: ranked categories with long French labels broken down by status or reason (units by
/// category and status, idle units by category and reason).
/// </summary>
public static class StackedHorizontalBarChart
{
    public static Plot Create(
        string title,
        IReadOnlyList<string> categories,
        IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series,
        string valueAxisLabel,
        int decimals = 0)
    {
        var plot = ChartStyle.NewPlot(title, valueAxisLabel);
        int n = categories.Count;
        var totals = new double[n];
        var bars = new List<Bar>();
        for (int s = 0; s < series.Count; s++)
        {
            var color = ChartStyle.ColorAt(s);
            for (int i = 0; i < n; i++)
            {
                double value = i < series[s].Values.Count ? series[s].Values[i] : 0;
                if (value <= 0) continue;
                bars.Add(new Bar
                {
                    Position = n - 1 - i,
                    ValueBase = totals[i],
                    Value = totals[i] + value,
                    FillColor = color,
                    LineWidth = 0,
                    Orientation = Orientation.Horizontal,
                    Size = 0.75,
                });
                totals[i] += value;
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s].Name, FillColor = color });
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;

        double max = n == 0 ? 0 : totals.Max();
        for (int i = 0; i < n; i++)
        {
            var label = plot.Add.Text(FrenchNumberFormat.Format(totals[i], decimals), totals[i] + max * 0.01, n - 1 - i);
            label.LabelFontSize = ChartStyle.ValueLabelSize;
            label.LabelFontName = ChartStyle.FontName;
            label.LabelAlignment = Alignment.MiddleLeft;
        }

        ChartStyle.CategoryTicks(plot.Axes.Left, [.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. categories.Select(c => ChartLabels.Fit(c))]);
        // Room on the right of the longest bar for its total.
        plot.Axes.SetLimitsX(0, max <= 0 ? 1 : max * 1.14);
        plot.Axes.SetLimitsY(-0.6, Math.Max(n, 1) - 0.4);
        ChartStyle.LegendOutside(plot);
        return plot;
    }
}
