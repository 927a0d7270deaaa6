using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// Two-sided horizontal bars around zero (an age pyramid): e.g. equipment by age class, in service
/// on the left and idle on the right. Both sides are labelled with positive values.
/// </summary>
public static class PyramidChart
{
    public static Plot Create(
        string title,
        IReadOnlyList<string> classes,
        (string Name, IReadOnlyList<double> Values) left,
        (string Name, IReadOnlyList<double> Values) right,
        string valueAxisLabel,
        string classAxisLabel)
    {
        var plot = ChartStyle.NewPlot(title, valueAxisLabel, classAxisLabel);
        var bars = new List<Bar>();
        for (int i = 0; i < classes.Count; i++)
        {
            bars.Add(new Bar { Position = i, Value = -left.Values[i], FillColor = ChartStyle.ColorAt(0), LineWidth = 0, Orientation = Orientation.Horizontal });
            bars.Add(new Bar { Position = i, Value = right.Values[i], FillColor = ChartStyle.ColorAt(1), LineWidth = 0, Orientation = Orientation.Horizontal });
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = left.Name, FillColor = ChartStyle.ColorAt(0) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = right.Name, FillColor = ChartStyle.ColorAt(1) });
        ChartStyle.LegendOutside(plot);

        ChartStyle.CategoryTicks(plot.Axes.Left, [.. Enumerable.Range(0, classes.Count).Select(i => (double)i)], classes);
        plot.Axes.Bottom.TickGenerator = ChartStyle.FrenchTicks(v => FrenchNumberFormat.Tick(Math.Abs(v)));
        double max = Math.Max(left.Values.DefaultIfEmpty(0).Max(), right.Values.DefaultIfEmpty(0).Max());
        max = max <= 0 ? 1 : max * 1.1;
        plot.Axes.SetLimitsX(-max, max);
        plot.Axes.SetLimitsY(-0.6, classes.Count - 0.4);
        plot.Add.VerticalLine(0, 2, Colors.Black);
        return plot;
    }
}
