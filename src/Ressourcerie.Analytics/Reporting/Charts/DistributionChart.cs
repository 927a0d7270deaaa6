using MathNet.Numerics.Statistics;
using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// The histogram of a simulated distribution (Monte Carlo draws) with its P5, P50 and P95 marked.
/// Percentiles default to MathNet's <c>Statistics.Quantile</c> (type R-8, median-unbiased); a
/// caller that reports its own percentiles passes them so that chart and tables agree.
/// </summary>
public static class DistributionChart
{
    public static Plot Create(
        string title,
        IReadOnlyList<double> samples,
        string valueAxisLabel,
        (double P5, double P50, double P95)? percentiles = null,
        int bins = 40,
        int decimals = 1)
    {
        if (samples.Count == 0) throw new ArgumentException("Aucun tirage à représenter.", nameof(samples));
        var (p5, p50, p95) = percentiles ?? (samples.Quantile(0.05), samples.Quantile(0.50), samples.Quantile(0.95));

        var plot = ChartStyle.NewPlot(title, valueAxisLabel, "Nombre de tirages");
        double min = samples.Min(), max = samples.Max();
        if (max <= min) max = min + 1;
        var histogram = ScottPlot.Statistics.Histogram.WithBinCount(bins, min, max);
        histogram.AddRange(samples);
        var bars = plot.Add.Histogram(histogram, ChartStyle.ColorAt(4));
        foreach (var bar in bars.Bars) bar.LineWidth = 0;

        var marks = new[] { ("P5", p5, 3), ("P50", p50, 0), ("P95", p95, 3) };
        foreach (var (name, value, color) in marks)
        {
            var line = plot.Add.VerticalLine(value, 4, ChartStyle.ColorAt(color), name == "P50" ? LinePattern.Solid : LinePattern.Dashed);
            line.LegendText = $"{name} = {FrenchNumberFormat.Format(value, decimals)}";
        }
        ChartStyle.LegendOutside(plot);
        plot.Axes.Margins(bottom: 0, top: 0.12);
        return plot;
    }
}
