using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>A chart saved for slides (PNG) and for print or editing (SVG).</summary>
public sealed record ChartFile(string PngPath, string SvgPath)
{
    /// <summary>Saves <paramref name="plot"/> as <c>stem.png</c> and <c>stem.svg</c> in <paramref name="directory"/>.</summary>
    public static ChartFile Save(Plot plot, string directory, string stem, int width = ChartStyle.DefaultWidth, int height = ChartStyle.DefaultHeight)
    {
        Directory.CreateDirectory(directory);
        var png = Path.Combine(directory, stem + ".png");
        var svg = Path.Combine(directory, stem + ".svg");
        plot.SavePng(png, width, height);
        plot.SaveSvg(svg, width, height);
        return new ChartFile(png, svg);
    }
}
