using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>Points coloured by group, with optional labels (e.g. institutions by need cluster on a PCA plane).</summary>
public static class GroupScatterChart
{
    public static Plot Create(
        string title,
        string xAxisLabel,
        string yAxisLabel,
        IReadOnlyList<(string Group, IReadOnlyList<(double X, double Y, string? Label)> Points)> groups)
    {
        var plot = ChartStyle.NewPlot(title, xAxisLabel, yAxisLabel);
        for (int g = 0; g < groups.Count; g++)
        {
            var points = groups[g].Points;
            var scatter = plot.Add.ScatterPoints(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), ChartStyle.ColorAt(g));
            scatter.MarkerSize = 16;
            scatter.MarkerShape = ChartStyle.MarkerAt(g);
            scatter.LegendText = groups[g].Group;
            foreach (var point in points.Where(p => !string.IsNullOrWhiteSpace(p.Label)))
            {
                var text = plot.Add.Text(point.Label!, point.X, point.Y);
                text.LabelFontSize = 20;
                text.LabelFontName = ChartStyle.FontName;
                text.LabelAlignment = Alignment.LowerLeft;
                text.LabelOffsetX = 8;
                text.LabelOffsetY = -4;
            }
        }
        ChartStyle.LegendOutside(plot);
        plot.Axes.Margins(0.12, 0.12);
        return plot;
    }
}
