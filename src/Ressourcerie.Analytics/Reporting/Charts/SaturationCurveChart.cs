using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// The saturation curve of a set of interviews (Guest, Bunce &amp; Johnson 2006): cumulative unique
/// codes as a line, new codes of each interview as bars, the end of the base (Guest, Namey &amp;
/// Chen 2020) as a dotted line and the interview at which saturation is reached as a dashed line
/// with its label. Interviews are on the x axis in the order they were conducted, from 1.
/// </summary>
public static class SaturationCurveChart
{
    /// <param name="newCodes">New codes brought by each interview, in order.</param>
    /// <param name="cumulativeCodes">Unique codes seen up to each interview.</param>
    /// <param name="baseSize">Interviews of the base (0 to leave the base unmarked).</param>
    /// <param name="saturationPosition">Rank (from 1) of the interview at which saturation is reached; null when it is not.</param>
    public static Plot Create(
        string title,
        IReadOnlyList<double> newCodes,
        IReadOnlyList<double> cumulativeCodes,
        int baseSize,
        int? saturationPosition,
        string saturationLabel)
    {
        if (newCodes.Count != cumulativeCodes.Count)
            throw new ArgumentException("Autant de nouveaux codes que de codes cumulés sont attendus, un par entretien.", nameof(cumulativeCodes));
        var plot = ChartStyle.NewPlot(title, "Entretiens, dans l'ordre où ils ont été menés", "Codes");
        int n = newCodes.Count;
        var xs = Enumerable.Range(1, n).Select(i => (double)i).ToArray();

        var bars = plot.Add.Bars(xs, newCodes.ToArray());
        foreach (var bar in bars.Bars)
        {
            bar.FillColor = ChartStyle.ColorAt(1);
            bar.LineWidth = 0;
            bar.Size = 0.6;
        }
        bars.LegendText = "Nouveaux codes de l'entretien";

        var line = plot.Add.Scatter(xs, cumulativeCodes.ToArray(), ChartStyle.ColorAt(0));
        line.LineWidth = 4;
        line.MarkerSize = 12;
        line.MarkerShape = MarkerShape.FilledCircle;
        line.LegendText = "Codes uniques cumulés";

        if (baseSize > 0 && baseSize < n)
        {
            var end = plot.Add.VerticalLine(baseSize + 0.5, 2, ChartStyle.Neutral, LinePattern.Dotted);
            end.LegendText = $"Fin de la base ({baseSize} entretiens)";
        }
        if (saturationPosition is { } position)
        {
            var mark = plot.Add.VerticalLine(position, 3, ChartStyle.ColorAt(3), LinePattern.Dashed);
            mark.LegendText = saturationLabel;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = FrenchNumberFormat.Tick };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = FrenchNumberFormat.Tick };
        double top = Math.Max(cumulativeCodes.DefaultIfEmpty(0).Max(), newCodes.DefaultIfEmpty(0).Max());
        plot.Axes.SetLimitsX(0.4, Math.Max(n, 1) + 0.6);
        plot.Axes.SetLimitsY(0, top <= 0 ? 1 : top * 1.1);
        ChartStyle.LegendOutside(plot);
        return plot;
    }
}
