using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// Labels on a scatter that stay readable: each point's label is tried to the right of the point,
/// then to its left, above and below, and kept at the first place where it overlaps no label kept
/// before, no other point and no edge of the data area; a point with no such place stays unlabelled
/// (the workbook lists every point). Places are measured on the plot rendered once at the size the
/// report saves it, so they hold in the saved PNG and SVG. Greedy in the order given: callers list
/// first the points whose label matters most.
/// </summary>
public static class ScatterLabels
{
    public const float FontSize = 20;

    /// <summary>DejaVu Sans: about 0.62 em per character (digits and capitals), measured on the chart font.</summary>
    private const double CharWidthEm = 0.62;

    private const float GapPx = 10;

    /// <summary>Adds the labels that fit to <paramref name="plot"/>; returns how many were placed.</summary>
    public static int AddNonOverlapping(
        Plot plot,
        IReadOnlyList<(double X, double Y, string? Label)> points,
        float markerSizePx = 16,
        int width = ChartStyle.DefaultWidth,
        int height = ChartStyle.DefaultHeight)
    {
        plot.RenderInMemory(width, height);
        var area = plot.LastRender.DataRect;
        var pixels = points.Select(p => plot.GetPixel(new Coordinates(p.X, p.Y))).ToArray();
        float radius = markerSizePx / 2;
        var markers = pixels.Select(p => new Box(p.X - radius, p.Y - radius, p.X + radius, p.Y + radius)).ToArray();
        (Alignment Alignment, float DX, float DY)[] places =
        [
            (Alignment.MiddleLeft, GapPx, 0),
            (Alignment.MiddleRight, -GapPx, 0),
            (Alignment.LowerCenter, 0, -GapPx),
            (Alignment.UpperCenter, 0, GapPx),
        ];

        var placed = new List<Box>();
        for (int i = 0; i < points.Count; i++)
        {
            var text = points[i].Label;
            if (string.IsNullOrWhiteSpace(text)) continue;
            double w = text.Length * CharWidthEm * FontSize, h = FontSize * 1.25;
            foreach (var (alignment, dx, dy) in places)
            {
                var box = BoxAt(pixels[i], alignment, dx, dy, w, h);
                bool free = box.Left >= area.Left && box.Right <= area.Right && box.Top >= area.Top && box.Bottom <= area.Bottom
                    && placed.All(p => !p.Overlaps(box))
                    && markers.Where((_, j) => j != i).All(m => !m.Overlaps(box));
                if (!free) continue;
                placed.Add(box);
                var label = plot.Add.Text(text, points[i].X, points[i].Y);
                label.LabelFontSize = FontSize;
                label.LabelFontName = ChartStyle.FontName;
                label.LabelAlignment = alignment;
                label.LabelOffsetX = dx;
                label.LabelOffsetY = dy;
                break;
            }
        }
        return placed.Count;
    }

    private static Box BoxAt(Pixel anchor, Alignment alignment, float dx, float dy, double w, double h)
    {
        double x = anchor.X + dx, y = anchor.Y + dy;
        return alignment switch
        {
            Alignment.MiddleLeft => new Box(x, y - h / 2, x + w, y + h / 2),
            Alignment.MiddleRight => new Box(x - w, y - h / 2, x, y + h / 2),
            Alignment.LowerCenter => new Box(x - w / 2, y - h, x + w / 2, y),
            _ => new Box(x - w / 2, y, x + w / 2, y + h),
        };
    }

    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }
}
