using ScottPlot;
using ScottPlot.TickGenerators;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// The house style of every chart: the Okabe–Ito palette (distinguishable with the common colour
/// vision deficiencies; Okabe &amp; Ito 2008, "Color Universal Design"), DejaVu Sans (French glyphs,
/// installed by the CI script), fonts sized for a 1600×900 slide, French number formatting on
/// axes. Every chart builder starts from <see cref="NewPlot"/>.
/// </summary>
public static class ChartStyle
{
    public const int DefaultWidth = 1600;
    public const int DefaultHeight = 900;
    public const string FontName = "DejaVu Sans";
    public const float TitleSize = 40;
    public const float AxisLabelSize = 30;
    public const float TickLabelSize = 24;
    public const float LegendSize = 24;
    public const float ValueLabelSize = 22;

    /// <summary>Okabe–Ito colours, ordered so that the first ones contrast most on white.</summary>
    public static IReadOnlyList<Color> Palette { get; } =
    [
        Color.FromHex("#0072B2"), // bleu
        Color.FromHex("#E69F00"), // orange
        Color.FromHex("#009E73"), // vert bleuté
        Color.FromHex("#D55E00"), // vermillon
        Color.FromHex("#56B4E9"), // bleu ciel
        Color.FromHex("#CC79A7"), // pourpre
        Color.FromHex("#F0E442"), // jaune
        Color.FromHex("#000000"), // noir
    ];

    public static Color Neutral { get; } = Color.FromHex("#7F7F7F");

    /// <summary>Filled marker shapes, so that groups differ by shape as well as by colour.</summary>
    public static IReadOnlyList<MarkerShape> Markers { get; } =
        [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleDown];

    public static MarkerShape MarkerAt(int index) => Markers[index % Markers.Count];

    /// <summary>The legend outside the data area, on the right, where it never hides a bar or a point.</summary>
    public static void LegendOutside(Plot plot) => plot.ShowLegend(Edge.Right);

    public static Color ColorAt(int index) => Palette[((index % Palette.Count) + Palette.Count) % Palette.Count];

    public static Plot NewPlot(string title, string? xLabel = null, string? yLabel = null)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title, TitleSize);
        plot.Axes.Title.Label.Bold = true;
        if (xLabel is not null) plot.XLabel(xLabel, AxisLabelSize);
        if (yLabel is not null) plot.YLabel(yLabel, AxisLabelSize);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = TickLabelSize;
            axis.TickLabelStyle.FontName = FontName;
            axis.Label.FontName = FontName;
        }
        plot.Axes.Bottom.TickGenerator = FrenchTicks();
        plot.Axes.Left.TickGenerator = FrenchTicks();
        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontName = FontName;
        plot.Grid.MajorLineColor = Color.FromHex("#E5E5E5");
        return plot;
    }

    public static NumericAutomatic FrenchTicks(Func<double, string>? format = null) =>
        new() { LabelFormatter = format ?? FrenchNumberFormat.Tick };

    /// <summary>Text labels at given positions of an axis (categories of a bar chart).</summary>
    public static void CategoryTicks(IAxis axis, IReadOnlyList<double> positions, IReadOnlyList<string> labels)
    {
        var ticks = new NumericManual();
        for (int i = 0; i < positions.Count; i++) ticks.AddMajor(positions[i], labels[i]);
        axis.TickGenerator = ticks;
        axis.MajorTickStyle.Length = 0;
    }

    public static Color TextColorOn(Color background) =>
        0.299 * background.R + 0.587 * background.G + 0.114 * background.B > 150 ? Colors.Black : Colors.White;
}
