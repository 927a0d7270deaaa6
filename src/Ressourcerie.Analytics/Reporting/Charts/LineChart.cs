using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>Lines with markers, one per series (e.g. the saturation curve: new codes per interview).</summary>
public static class LineChart
{
    public static Plot Create(
        string title,
        string xAxisLabel,
        string yAxisLabel,
        IReadOnlyList<(string Name, IReadOnlyList<double> Xs, IReadOnlyList<double> Ys)> series,
        bool integerX = true)
    {
        var plot = ChartStyle.NewPlot(title, xAxisLabel, yAxisLabel);
        for (int s = 0; s < series.Count; s++)
        {
            var line = plot.Add.Scatter(series[s].Xs.ToArray(), series[s].Ys.ToArray(), ChartStyle.ColorAt(s));
            line.LineWidth = 4;
            line.MarkerSize = 14;
            line.MarkerShape = ChartStyle.MarkerAt(s);
            line.LegendText = series[s].Name;
        }
        if (integerX) plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = FrenchNumberFormat.Tick };
        if (series.Count > 1) plot.ShowLegend(Alignment.LowerRight);
        else plot.HideLegend();
        return plot;
    }
}
