using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// Horizontal bars, first item at the top: the chart for ranked categories whose French labels are
/// too long for a horizontal axis (codes, equipment categories). Each bar carries its value.
/// </summary>
public static class HorizontalBarChart
{
    public static Plot Create(string title, IReadOnlyList<(string Label, double Value)> bars, string valueAxisLabel, int decimals = 0)
    {
        var plot = ChartStyle.NewPlot(title, valueAxisLabel);
        int n = bars.Count;
        var items = new List<Bar>(n);
        for (int i = 0; i < n; i++)
        {
            items.Add(new Bar
            {
                Position = n - 1 - i,
                Value = bars[i].Value,
                FillColor = ChartStyle.ColorAt(0),
                LineWidth = 0,
                Label = FrenchNumberFormat.Format(bars[i].Value, decimals),
                Orientation = Orientation.Horizontal,
            });
        }
        var barPlot = plot.Add.Bars(items);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = ChartStyle.ValueLabelSize;
        barPlot.ValueLabelStyle.FontName = ChartStyle.FontName;

        ChartStyle.CategoryTicks(plot.Axes.Left, [.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))], [.. bars.Select(b => ChartLabels.Fit(b.Label))]);
        double max = n == 0 ? 1 : Math.Max(bars.Max(b => b.Value), 0);
        plot.Axes.SetLimitsX(0, max <= 0 ? 1 : max * 1.15);
        plot.Axes.SetLimitsY(-0.6, Math.Max(n, 1) - 0.4);
        plot.HideLegend();
        return plot;
    }
}
