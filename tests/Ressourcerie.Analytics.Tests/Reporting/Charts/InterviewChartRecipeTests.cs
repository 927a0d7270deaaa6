using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Sections;
using Ressourcerie.Analytics.Tests.SampleData;
using ScottPlot;

namespace Ressourcerie.Analytics.Tests.Reporting.Charts;

/// <summary>Recipes of the interview charts (see <see cref="ChartRecipeTests"/>): seeded data, and the report's own chart calls on the sample (the calls notebook 01 makes).</summary>
public sealed class InterviewChartRecipeTests : IDisposable
{
    private static readonly Lazy<InterviewAnalysis> Sample = new(() => Study.Load(RepositoryPaths.SampleData).Interviews!);

    private readonly TempDirectory _temp = new();

    private string Directory => Environment.GetEnvironmentVariable("RESSOURCERIE_KEEP_CHARTS") is { Length: > 0 } keep ? keep : _temp.Path;

    public void Dispose() => _temp.Dispose();

    private static readonly string[] Codes =
        ["Freins › Temps", "Stockage › Matériel dormant", "Pratiques de prêt › Prêt entre institutions", "Freins › Transport", "Leviers › Plateforme de partage"];

    private static readonly string[] Profiles = ["Technique (régisseur·e)", "DSI", "Numérique", "Collections"];

    [Fact]
    public void Stacked_horizontal_bars_put_the_first_code_on_top_and_write_each_total()
    {
        var random = new Random(17);
        var series = Profiles.Select(p => (p, (IReadOnlyList<double>)[.. Codes.Select(_ => (double)random.Next(0, 5))])).ToList();

        var plot = HorizontalGroupedBarChart.Create("Codes cités, par profil", Codes, series, "Entretiens où le code apparaît");

        var file = Render(plot, "barres-horizontales-empilees");
        Assert.Equal(Profiles, plot.Legend.ManualItems.Select(i => i.LabelText));
        var totals = plot.GetPlottables<ScottPlot.Plottables.Text>().ToList();
        Assert.Equal(Codes.Length, totals.Count);
        Assert.Equal(FrenchNumberFormat.Format(series.Sum(s => s.Item2[0]), 0), totals.OrderByDescending(t => t.Location.Y).First().LabelText);
        var ticks = plot.Axes.Left.TickGenerator.Ticks.OrderByDescending(t => t.Position).Select(t => t.Label).ToList();
        Assert.Equal("Freins › Temps", ticks[0]);
        Assert.Equal("Pratiques de prêt ›\nPrêt entre institutions", ticks[2]);
        Assert.Equal("Entretiens où le code apparaît", plot.Axes.Bottom.Label.Text);
        Assert.Contains("Matériel dormant", File.ReadAllText(file.SvgPath));
    }

    [Fact]
    public void Grouped_horizontal_bars_put_one_bar_per_series_side_by_side()
    {
        var plot = HorizontalGroupedBarChart.Create("Codes cités, par profil", Codes[..2],
            [("DSI", [3, 1]), ("Numérique", [2, 4])], "Entretiens", stacked: false);

        Render(plot, "barres-horizontales-groupees");
        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars;
        Assert.Equal(4, bars.Count);
        Assert.All(bars, b => Assert.Equal(0, b.ValueBase));
        Assert.Equal(4, bars.Max(b => b.Value));
        Assert.Empty(plot.GetPlottables<ScottPlot.Plottables.Text>());
    }

    [Fact]
    public void Saturation_curve_marks_the_end_of_the_base_and_the_saturation_point()
    {
        var random = new Random(4);
        double total = 0;
        var newCodes = Enumerable.Range(1, 18).Select(i => Math.Max(0, Math.Round(10.0 / i + random.NextDouble() - 0.5))).ToArray();
        var cumulative = newCodes.Select(n => total += n).ToArray();

        var plot = SaturationCurveChart.Create("Saturation thématique", newCodes, cumulative, baseSize: 4, saturationPosition: 9, "Saturation : entretien n° 9");

        Render(plot, "courbe-saturation-guest");
        var lines = plot.GetPlottables<ScottPlot.Plottables.VerticalLine>().ToList();
        Assert.Equal([4.5, 9.0], lines.Select(l => l.X));
        Assert.Equal(["Fin de la base (4 entretiens)", "Saturation : entretien n° 9"], lines.Select(l => l.LegendText));
        Assert.Equal(newCodes, plot.GetPlottables<ScottPlot.Plottables.BarPlot>().Single().Bars.Select(b => b.Value));
        Assert.Equal(cumulative, plot.GetPlottables<ScottPlot.Plottables.Scatter>().Single().Data.GetScatterPoints().Select(p => p.Y));
    }

    [Fact]
    public void Saturation_curve_without_saturation_has_no_saturation_mark()
    {
        var plot = SaturationCurveChart.Create("Saturation thématique", [5, 4, 3], [5, 9, 12], baseSize: 4, saturationPosition: null, "Saturation non atteinte");

        Render(plot, "courbe-saturation-non-atteinte");
        Assert.Empty(plot.GetPlottables<ScottPlot.Plottables.VerticalLine>());
        Assert.Throws<ArgumentException>(() => SaturationCurveChart.Create("x", [1, 2], [1], 1, null, ""));
    }

    [Fact]
    public void Report_codes_by_profile_chart_renders_on_the_sample()
    {
        var frequencies = Sample.Value.CodeFrequencies();
        var byProfile = Sample.Value.CodeByProfile();

        var plot = InterviewsSection.CodesByProfileChart(frequencies, byProfile)!;

        Render(plot, "entretiens-codes-par-profil");
        Assert.Equal($"Les {InterviewsSection.ChartCodes} codes les plus cités, par profil", plot.Axes.Title.Label.Text);
        Assert.Equal("Entretiens où le code apparaît", plot.Axes.Bottom.Label.Text);
        Assert.Equal(byProfile.Groups.Select(InterviewGroupLabels.Heading), plot.Legend.ManualItems.Select(i => i.LabelText));
        var top = frequencies.Rows.OrderByDescending(r => r.Interviews).ThenByDescending(r => r.Segments).First();
        var totals = plot.GetPlottables<ScottPlot.Plottables.Text>().OrderByDescending(t => t.Location.Y).ToList();
        Assert.Equal(InterviewsSection.ChartCodes, totals.Count);
        Assert.Equal(FrenchNumberFormat.Format(top.Interviews, 0), totals[0].LabelText);
    }

    [Fact]
    public void Report_saturation_chart_renders_on_the_sample()
    {
        var saturation = Sample.Value.Saturation();

        var plot = InterviewsSection.SaturationChart(saturation);

        Render(plot, "entretiens-saturation");
        Assert.Equal("Saturation thématique", plot.Axes.Title.Label.Text);
        Assert.True(saturation.IsReached);
        Assert.Equal(
            [$"Fin de la base ({saturation.BaseSize} entretiens)", $"Saturation : entretien n° {saturation.ReachedAtPosition}"],
            plot.GetPlottables<ScottPlot.Plottables.VerticalLine>().Select(l => l.LegendText));
        Assert.Equal(saturation.Curve.Select(p => (double)p.CumulativeUniqueCodes), plot.GetPlottables<ScottPlot.Plottables.Scatter>().Single().Data.GetScatterPoints().Select(p => p.Y));
    }

    private ChartFile Render(Plot plot, string stem)
    {
        var file = ChartFile.Save(plot, Directory, stem);
        Assert.True(new FileInfo(file.PngPath).Length > 20_000, "le PNG n'est pas une image vide");
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", File.ReadAllText(file.SvgPath));
        return file;
    }
}
