using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// A labelled matrix (code co-occurrence, profile × code) with a colour bar and each cell's value
/// written in it. Viridis is perceptually uniform and readable with colour vision deficiencies.
/// </summary>
public static class HeatmapChart
{
    public static Plot Create(
        string title,
        IReadOnlyList<string> rowLabels,
        IReadOnlyList<string> columnLabels,
        double[,] values,
        string colorBarLabel,
        int decimals = 0)
    {
        int rows = values.GetLength(0), columns = values.GetLength(1);
        if (rows != rowLabels.Count || columns != columnLabels.Count)
            throw new ArgumentException("Le nombre d'étiquettes ne correspond pas à la taille de la matrice.", nameof(values));

        var plot = ChartStyle.NewPlot(title);
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        // Cell centres are computed from ScottPlot's own placement of the image, so that labels,
        // ticks and cells always agree (array row 0 is drawn at the top).
        var extent = heatmap.GetAlignedExtent();
        double cellWidth = extent.Width / columns, cellHeight = extent.Height / rows;
        double X(int c) => extent.Left + (c + 0.5) * cellWidth;
        double Y(int r) => extent.Top - (r + 0.5) * cellHeight;
        var colorBar = plot.Add.ColorBar(heatmap);
        colorBar.Label = colorBarLabel;
        colorBar.LabelStyle.FontSize = ChartStyle.AxisLabelSize * 0.8f;
        colorBar.Axis.TickLabelStyle.FontSize = ChartStyle.TickLabelSize;
        colorBar.Axis.TickGenerator = ChartStyle.FrenchTicks();

        var range = heatmap.GetRange();
        float cellFont = Math.Clamp(360f / Math.Max(rows, columns), 12f, ChartStyle.ValueLabelSize);
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                double value = values[r, c];
                if (double.IsNaN(value)) continue;
                double span = range.Max - range.Min;
                double fraction = span > 0 ? (value - range.Min) / span : 0;
                var text = plot.Add.Text(FrenchNumberFormat.Format(value, decimals), X(c), Y(r));
                text.LabelFontSize = cellFont;
                text.LabelFontName = ChartStyle.FontName;
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontColor = ChartStyle.TextColorOn(heatmap.Colormap.GetColor(fraction));
            }
        }

        ChartStyle.CategoryTicks(plot.Axes.Left, [.. Enumerable.Range(0, rows).Select(Y)], [.. rowLabels.Select(l => ChartLabels.Fit(l, 28))]);
        ChartStyle.CategoryTicks(plot.Axes.Bottom, [.. Enumerable.Range(0, columns).Select(X)], [.. columnLabels.Select(l => ChartLabels.Fit(l, 18))]);
        // Column labels are rotated as soon as they would not fit side by side.
        bool rotate = columnLabels.Sum(l => Math.Min(l.Length, 18)) > 70;
        if (rotate)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            // ScottPlot sizes the axis for horizontal labels: make room for the rotated ones.
            if (plot.Axes.Bottom is ScottPlot.AxisPanels.AxisBase bottom)
                bottom.MinimumSize = 30 + 0.5f * ChartStyle.TickLabelSize * 0.6f * columnLabels.Max(l => Math.Min(l.Length, 40));
            ChartStyle.CategoryTicks(plot.Axes.Bottom, [.. Enumerable.Range(0, columns).Select(X)], [.. columnLabels.Select(l => ChartLabels.Truncate(l))]);
        }
        plot.Axes.SetLimits(extent.Left, extent.Right, extent.Bottom, extent.Top);
        return plot;
    }
}
