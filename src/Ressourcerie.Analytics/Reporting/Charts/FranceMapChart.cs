using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// Institutions as points over a simplified outline of metropolitan France, with lines from lender
/// to borrower (thicker for more units). Coordinates are projected equirectangularly with the
/// longitude scaled by cos(46.5°), the latitude of the country's centre, so that shapes and
/// distances look right at this scale. Overseas points are left out of the map (listed in the
/// workbook instead).
/// </summary>
public static class FranceMapChart
{
    private static readonly double LongitudeScale = Math.Cos(46.5 * Math.PI / 180);

    public static Plot Create(
        string title,
        IReadOnlyList<(string Group, double Latitude, double Longitude, string? Label)> points,
        IReadOnlyList<(double FromLatitude, double FromLongitude, double ToLatitude, double ToLongitude, double Weight)> links,
        string? linkLegend = null)
    {
        var plot = ChartStyle.NewPlot(title);
        foreach (var polygon in FranceOutline.Polygons)
        {
            var shape = plot.Add.Polygon([.. polygon.Select(p => Project(p.Latitude, p.Longitude))]);
            shape.FillColor = Color.FromHex("#F2F2F2");
            shape.LineColor = Color.FromHex("#9A9A9A");
            shape.LineWidth = 2;
        }

        double maxWeight = links.Count == 0 ? 1 : Math.Max(links.Max(l => l.Weight), 1e-9);
        var linkColor = ChartStyle.ColorAt(3).WithAlpha(0.55);
        foreach (var link in links.Where(l => IsMetropolitan(l.FromLatitude, l.FromLongitude) && IsMetropolitan(l.ToLatitude, l.ToLongitude)))
        {
            var line = plot.Add.Line(Project(link.FromLatitude, link.FromLongitude), Project(link.ToLatitude, link.ToLongitude));
            line.LineWidth = (float)(1.5 + 5.5 * link.Weight / maxWeight);
            line.LineColor = linkColor;
        }
        if (linkLegend is not null && links.Count > 0)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = linkLegend, LineColor = linkColor, LineWidth = 5 });

        var groups = points.Where(p => IsMetropolitan(p.Latitude, p.Longitude)).GroupBy(p => p.Group).ToList();
        for (int g = 0; g < groups.Count; g++)
        {
            var coordinates = groups[g].Select(p => Project(p.Latitude, p.Longitude)).ToArray();
            var markers = plot.Add.Markers(coordinates, MarkerShape.FilledCircle, 14, ChartStyle.ColorAt(g));
            markers.LegendText = groups[g].Key;
            foreach (var point in groups[g].Where(p => !string.IsNullOrWhiteSpace(p.Label)))
            {
                var text = plot.Add.Text(point.Label!, Project(point.Latitude, point.Longitude));
                text.LabelFontSize = 20;
                text.LabelFontName = ChartStyle.FontName;
                text.LabelOffsetX = 9;
                text.LabelAlignment = Alignment.MiddleLeft;
            }
        }

        plot.Axes.SquareUnits();
        plot.HideAxesAndGrid();
        plot.Axes.Title.IsVisible = true;
        plot.Axes.SetLimits(-5.6 * LongitudeScale, 10.0 * LongitudeScale, 41.2, 51.3);
        plot.ShowLegend(Alignment.LowerLeft);
        return plot;
    }

    public static Coordinates Project(double latitude, double longitude) => new(longitude * LongitudeScale, latitude);

    private static bool IsMetropolitan(double latitude, double longitude) =>
        latitude is >= 41 and <= 51.5 && longitude is >= -5.5 and <= 10;
}
