using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// Bars of several series per category, side by side (grouped) or on top of each other (stacked),
/// with a legend: e.g. units per category and status, codes per respondent profile.
/// </summary>
public static class GroupedBarChart
{
    public static Plot Create(
        string title,
        IReadOnlyList<string> categories,
        IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series,
        string valueAxisLabel,
        bool stacked = false)
    {
        var plot = ChartStyle.NewPlot(title, null, valueAxisLabel);
        int groups = categories.Count, count = series.Count;
        double groupWidth = 0.8;
        double barWidth = stacked ? groupWidth : groupWidth / Math.Max(count, 1);
        var bases = new double[groups];
        var bars = new List<Bar>();
        for (int s = 0; s < count; s++)
        {
            var color = ChartStyle.ColorAt(s);
            for (int g = 0; g < groups; g++)
            {
                double value = g < series[s].Values.Count ? series[s].Values[g] : 0;
                double position = stacked ? g : g - groupWidth / 2 + barWidth * (s + 0.5);
                bars.Add(new Bar
                {
                    Position = position,
                    ValueBase = stacked ? bases[g] : 0,
                    Value = stacked ? bases[g] + value : value,
                    Size = barWidth * (stacked ? 1 : 0.92),
                    FillColor = color,
                    LineWidth = 0,
                });
                if (stacked) bases[g] += value;
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s].Name, FillColor = color });
        }
        plot.Add.Bars(bars);
        ChartStyle.CategoryTicks(plot.Axes.Bottom, [.. Enumerable.Range(0, groups).Select(g => (double)g)], [.. categories.Select(c => ChartLabels.Fit(c, 16))]);
        plot.Axes.Margins(bottom: 0);
        ChartStyle.LegendOutside(plot);
        return plot;
    }
}
