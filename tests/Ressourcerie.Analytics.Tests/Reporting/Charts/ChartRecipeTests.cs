using Ressourcerie.Analytics.Reporting.Charts;
using ScottPlot;

namespace Ressourcerie.Analytics.Tests.Reporting.Charts;

/// <summary>
/// One recipe per chart, as ScottPlot's cookbook does: seeded data, the same call the notebooks
/// and the report use, rendered to PNG and SVG. Set RESSOURCERIE_KEEP_CHARTS to a folder to keep
/// the images and look at them.
/// </summary>
public sealed class ChartRecipeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Directory => Environment.GetEnvironmentVariable("RESSOURCERIE_KEEP_CHARTS") is { Length: > 0 } keep ? keep : _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Horizontal_bars_rank_long_french_labels()
    {
        var plot = HorizontalBarChart.Create(
            "Unités dormantes par catégorie",
            [("Vidéoprojecteur", 1234), ("Écran / moniteur", 870), ("Distribution du signal AV (matrices, convertisseurs)", 412), ("Table de mixage / interface audio", 95), ("Casque de réalité virtuelle", 12)],
            "Unités");
        AssertRendered(plot, "barres-horizontales", "Unités dormantes par catégorie", xLabel: "Unités");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Grouped_and_stacked_bars_have_a_legend(bool stacked)
    {
        var random = new Random(7);
        string[] statuses = ["en service", "en stock", "hors service"];
        var plot = GroupedBarChart.Create(
            "Unités par type d'établissement et statut",
            ["Musée", "FRAC", "Centre d'art", "École d'art"],
            [.. statuses.Select(s => (s, (IReadOnlyList<double>)[.. Enumerable.Range(0, 4).Select(_ => (double)random.Next(20, 400))]))],
            "Unités",
            stacked);
        AssertRendered(plot, stacked ? "barres-empilees" : "barres-groupees", "Unités par type d'établissement et statut", yLabel: "Unités");
        Assert.Equal(3, plot.Legend.ManualItems.Count);
    }

    [Fact]
    public void Heatmap_writes_each_cell_value_and_has_a_colour_bar()
    {
        string[] codes = ["Freins > Transport", "Freins > Assurance", "Leviers > Mutualisation", "Leviers > Catalogue partagé", "Besoins > Vidéo"];
        var random = new Random(11);
        var values = new double[codes.Length, codes.Length];
        for (int i = 0; i < codes.Length; i++)
            for (int j = 0; j <= i; j++)
                values[i, j] = values[j, i] = i == j ? random.Next(10, 25) : random.Next(0, 10);
        var plot = HeatmapChart.Create("Co-occurrences des codes", codes, codes, values, "Segments");
        AssertRendered(plot, "carte-de-chaleur", "Co-occurrences des codes");
        Assert.Equal(codes.Length * codes.Length, plot.GetPlottables<ScottPlot.Plottables.Text>().Count());
    }

    [Fact]
    public void Line_chart_draws_the_saturation_curve_with_markers()
    {
        var random = new Random(3);
        double total = 0;
        var xs = Enumerable.Range(1, 24).Select(i => (double)i).ToArray();
        var ys = xs.Select(i => total += Math.Max(0, Math.Round(12 / i + random.NextDouble() - 0.4))).ToArray();
        var plot = LineChart.Create("Saturation : codes distincts cumulés", "Entretien (ordre chronologique)", "Codes distincts", [("Codes distincts", xs, ys)]);
        AssertRendered(plot, "courbe-saturation", "Saturation : codes distincts cumulés", "Entretien (ordre chronologique)", "Codes distincts");
    }

    [Fact]
    public void Pyramid_puts_two_series_back_to_back()
    {
        string[] ages = ["0–2 ans", "3–5 ans", "6–8 ans", "9–11 ans", "12 ans et plus"];
        var plot = PyramidChart.Create("Âge du parc", ages, ("En service", [420, 610, 380, 150, 60]), ("Dormant", [40, 120, 210, 190, 140]), "Unités", "Âge");
        AssertRendered(plot, "pyramide-ages", "Âge du parc", "Unités", "Âge");
    }

    [Fact]
    public void Group_scatter_colours_clusters_and_labels_points()
    {
        var random = new Random(5);
        var groups = Enumerable.Range(0, 3).Select(g => ($"Groupe {g + 1}", (IReadOnlyList<(double, double, string?)>)[.. Enumerable.Range(0, 8).Select(i =>
            (g * 3 + random.NextDouble() * 2, g % 2 * 2 + random.NextDouble() * 2, i == 0 ? $"Établissement {g * 8 + i + 1}" : null))])).ToList();
        var plot = GroupScatterChart.Create("Profils de besoins (ACP)", "Composante 1", "Composante 2", groups);
        AssertRendered(plot, "nuage-groupes", "Profils de besoins (ACP)", "Composante 1", "Composante 2");
    }

    [Fact]
    public void France_map_draws_the_outline_points_and_loans()
    {
        (string, double, double, string?)[] points =
        [
            ("Prêteur", 48.8566, 2.3522, "Paris"), ("Prêteur", 45.7640, 4.8357, "Lyon"), ("Emprunteur", 43.2965, 5.3698, "Marseille"),
            ("Emprunteur", 47.2184, -1.5536, "Nantes"), ("Emprunteur", 48.5734, 7.7521, "Strasbourg"), ("Emprunteur", 41.9192, 8.7386, "Ajaccio"),
            ("Emprunteur", -20.8823, 55.4504, "Saint-Denis (La Réunion)"),
        ];
        var plot = FranceMapChart.Create(
            "Prêts entre établissements",
            points,
            [(48.8566, 2.3522, 47.2184, -1.5536, 4), (45.7640, 4.8357, 43.2965, 5.3698, 10), (48.8566, 2.3522, 48.5734, 7.7521, 1)],
            "Prêt (épaisseur : unités)");
        AssertRendered(plot, "carte-france", "Prêts entre établissements");
        Assert.Equal(2, FranceOutline.Polygons.Count);
        Assert.All(FranceOutline.Polygons.SelectMany(p => p), p => Assert.True(new Ressourcerie.Analytics.Inventories.GeoPoint(p.Latitude, p.Longitude).IsInFrance));
    }

    [Fact]
    public void Scenario_bars_show_p5_p95_intervals()
    {
        var plot = ScenarioRangeChart.Create(
            "Émissions évitées par scénario",
            [("Prudent", 12.4, 8.1, 17.9), ("Central", 31.7, 22.5, 43.0), ("Ambitieux (prêts + reconditionné)", 58.2, 41.0, 80.3)],
            "t CO₂e évitées");
        AssertRendered(plot, "scenarios-intervalles", "Émissions évitées par scénario", yLabel: "t CO₂e évitées");
    }

    [Fact]
    public void Distribution_marks_p5_p50_p95()
    {
        var random = new Random(2024);
        var samples = Enumerable.Range(0, 5000).Select(_ => 30 + 6 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble())).ToArray();
        var plot = DistributionChart.Create("Distribution Monte Carlo des émissions évitées", samples, "t CO₂e évitées");
        AssertRendered(plot, "distribution-monte-carlo", "Distribution Monte Carlo des émissions évitées", "t CO₂e évitées", "Nombre de tirages");
        var lines = plot.GetPlottables<ScottPlot.Plottables.VerticalLine>().ToList();
        Assert.Equal(3, lines.Count);
        Assert.Matches(@"^P50 = (29|30),\d$", lines[1].LegendText);
    }

    [Fact]
    public void Tornado_puts_the_widest_swing_on_top()
    {
        var plot = TornadoChart.Create(
            "Sensibilité des émissions évitées",
            [("Facteur d'émission vidéoprojecteur", 24.0, 39.0), ("Durée de vie prolongée (années)", 28.0, 33.5), ("Distance maximale de prêt", 30.5, 32.0), ("Part des besoins couverts par prêt", 18.0, 44.0)],
            31.7,
            "t CO₂e évitées");
        AssertRendered(plot, "tornade", "Sensibilité des émissions évitées", xLabel: "t CO₂e évitées");
        var ticks = plot.Axes.Left.TickGenerator.Ticks;
        Assert.Equal("Part des besoins\ncouverts par prêt", ticks.OrderBy(t => t.Position).Last().Label);
    }

    [Fact]
    public void French_number_format_uses_narrow_spaces_and_decimal_commas()
    {
        Assert.Equal("1\u202F234,5", FrenchNumberFormat.Format(1234.5));
        Assert.Equal("1\u202F234\u202F567", FrenchNumberFormat.Tick(1234567));
        Assert.Equal("2,5", FrenchNumberFormat.Tick(2.5));
        Assert.Equal("18,2\u00A0%", FrenchNumberFormat.Percent(0.1823));
    }

    private void AssertRendered(Plot plot, string stem, string title, string? xLabel = null, string? yLabel = null)
    {
        var file = ChartFile.Save(plot, Directory, stem);
        Assert.True(new FileInfo(file.PngPath).Length > 20_000, "le PNG n'est pas une image vide");
        var svg = File.ReadAllText(file.SvgPath);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg);
        Assert.True(svg.Length > 5_000);
        Assert.Equal(title, plot.Axes.Title.Label.Text);
        if (xLabel is not null) Assert.Equal(xLabel, plot.Axes.Bottom.Label.Text);
        if (yLabel is not null) Assert.Equal(yLabel, plot.Axes.Left.Label.Text);
    }
}
