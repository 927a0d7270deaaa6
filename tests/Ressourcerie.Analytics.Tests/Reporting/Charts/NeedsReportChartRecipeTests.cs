using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Sections;
using Ressourcerie.Analytics.Tests.SampleData;
using Ressourcerie.Analytics.Tests.TestSupport;
using ScottPlot;

namespace Ressourcerie.Analytics.Tests.Reporting.Charts;

/// <summary>
/// Recipes of the inventory, idle-stock, needs and loan charts: the builders with seeded data, and
/// the report's own chart calls on the sample (the calls a notebook makes). Set
/// RESSOURCERIE_KEEP_CHARTS to a folder to keep the images and look at them.
/// </summary>
public sealed class NeedsReportChartRecipeTests : IDisposable
{
    private static readonly Lazy<Study> Sample = new(() => Study.Load(RepositoryPaths.SampleData, FixedClock.Options(2025)));

    private readonly TempDirectory _temp = new();

    private string Directory => Environment.GetEnvironmentVariable("RESSOURCERIE_KEEP_CHARTS") is { Length: > 0 } keep ? keep : _temp.Path;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Stacked_horizontal_bars_rank_categories_and_write_each_total()
    {
        var random = new Random(17);
        string[] categories = ["Vidéoprojecteur", "Écran / moniteur", "Distribution du signal AV (matrices, convertisseurs)", "Casque audio", "Autres catégories (12)"];
        var series = new[] { "En service, peu utilisé", "En stock" }
            .Select(name => (name, (IReadOnlyList<double>)[.. categories.Select(_ => (double)random.Next(5, 200))]))
            .ToList();
        var plot = StackedHorizontalBarChart.Create("Unités dormantes par catégorie", categories, series, "Unités dormantes");

        AssertRendered(plot, "barres-horizontales-empilees", "Unités dormantes par catégorie", xLabel: "Unités dormantes");
        var totals = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();
        Assert.Equal(categories.Select((_, i) => FrenchNumberFormat.Format(series.Sum(s => s.Item2[i]), 0)), totals);
        Assert.Equal(["En service, peu utilisé", "En stock"], plot.Legend.ManualItems.Select(i => i.LabelText));
        Assert.Equal("Vidéoprojecteur", plot.Axes.Left.TickGenerator.Ticks.OrderBy(t => t.Position).Last().Label);
    }

    [Fact]
    public void Loan_map_sizes_institutions_by_units_and_boxes_the_overseas_loans()
    {
        (string, double, double, double)[] institutions =
        [
            (LoanMapChart.LenderRole, 48.8566, 2.3522, 12), (LoanMapChart.BorrowerRole, 47.2184, -1.5536, 4), (LoanMapChart.BothRoles, 45.7640, 4.8357, 20),
            (LoanMapChart.BorrowerRole, 43.2965, 5.3698, 8), (LoanMapChart.NoLoanRole, 48.5734, 7.7521, 0), (LoanMapChart.BorrowerRole, 14.6161, -61.0588, 3),
        ];
        var plot = LoanMapChart.Create(
            "Prêts proposés entre établissements",
            institutions,
            [(48.8566, 2.3522, 47.2184, -1.5536, 4), (45.7640, 4.8357, 43.2965, 5.3698, 8), (48.8566, 2.3522, 45.7640, 4.8357, 8)],
            "Outre-mer, hors carte :\nMartinique : 1 prêt, 3 unités");

        AssertRendered(plot, "carte-des-prets", "Prêts proposés entre établissements");
        Assert.Equal(4, plot.GetPlottables<ScottPlot.Plottables.Marker>().Count());
        var sizes = plot.GetPlottables<ScottPlot.Plottables.Marker>().Select(m => m.MarkerSize).ToList();
        Assert.Equal(sizes.OrderDescending(), sizes);
        Assert.Contains(plot.GetPlottables<ScottPlot.Plottables.Text>(), t => t.LabelText.StartsWith("Outre-mer, hors carte", StringComparison.Ordinal));
        Assert.Equal(
            ["Prêt (épaisseur : unités)", LoanMapChart.LenderRole, LoanMapChart.BorrowerRole, LoanMapChart.BothRoles, "Taille : unités prêtées ou reçues (max. 20)"],
            plot.Legend.ManualItems.Select(i => i.LabelText));
        Assert.False(LoanMapChart.IsOnMap(14.6161, -61.0588));
        Assert.True(LoanMapChart.IsOnMap(41.9192, 8.7386));
    }

    [Fact]
    public void Scatter_labels_never_overlap_and_all_fit_when_points_are_apart()
    {
        var apart = GroupScatterChart.Create("Points espacés", "x", "y", [("Groupe", [.. Enumerable.Range(0, 6).Select(i => ((double)i, (double)(i % 2), (string?)null))])]);
        int placed = ScatterLabels.AddNonOverlapping(apart, [.. Enumerable.Range(0, 6).Select(i => ((double)i, (double)(i % 2), (string?)$"ETB-{i:000}"))]);
        Assert.Equal(6, placed);

        var random = new Random(3);
        var cloud = Enumerable.Range(0, 80).Select(i => (X: random.NextDouble(), Y: random.NextDouble(), Label: (string?)$"ETB-{i:000}")).ToList();
        var dense = GroupScatterChart.Create("Nuage dense", "Composante 1", "Composante 2", [("Groupe 1", [.. cloud.Select(p => (p.X, p.Y, (string?)null))])]);
        placed = ScatterLabels.AddNonOverlapping(dense, cloud);
        Assert.InRange(placed, 10, 79);
        AssertRendered(dense, "nuage-etiquettes", "Nuage dense", "Composante 1", "Composante 2");

        dense.RenderInMemory(ChartStyle.DefaultWidth, ChartStyle.DefaultHeight);
        var boxes = dense.GetPlottables<ScottPlot.Plottables.Text>().Select(t =>
        {
            var anchor = dense.GetPixel(t.Location);
            float w = t.LabelText.Length * 0.62f * t.LabelFontSize, h = t.LabelFontSize * 1.25f;
            float x = anchor.X + t.LabelOffsetX, y = anchor.Y + t.LabelOffsetY;
            return t.LabelAlignment switch
            {
                Alignment.MiddleLeft => (L: x, T: y - h / 2, R: x + w, B: y + h / 2),
                Alignment.MiddleRight => (L: x - w, T: y - h / 2, R: x, B: y + h / 2),
                Alignment.LowerCenter => (L: x - w / 2, T: y - h, R: x + w / 2, B: y),
                _ => (L: x - w / 2, T: y, R: x + w / 2, B: y + h),
            };
        }).ToList();
        for (int i = 0; i < boxes.Count; i++)
            for (int j = i + 1; j < boxes.Count; j++)
                Assert.False(boxes[i].L < boxes[j].R - 0.01 && boxes[j].L < boxes[i].R - 0.01 && boxes[i].T < boxes[j].B - 0.01 && boxes[j].T < boxes[i].B - 0.01, $"étiquettes {i} et {j} superposées");
    }

    [Fact]
    public void Report_inventory_charts_render_on_the_sample()
    {
        var study = Sample.Value;
        var summary = InventorySummary.Of(study.Inventory, study.Institutions);
        var byCategory = InventorySection.CategoryStatusChart(summary);
        AssertRendered(byCategory, "inventaire-unites-par-categorie", "Unités par catégorie et statut (15 premières catégories)", xLabel: "Unités");
        Assert.Equal(5, byCategory.Legend.ManualItems.Count);
        Assert.Equal("Autres catégories (20)", byCategory.Axes.Left.TickGenerator.Ticks.OrderBy(t => t.Position).First().Label);

        var pyramid = InventorySection.AgePyramidChart(InventoryAnalysis.AgePyramid(study.Inventory, 2025, AgePyramidBreakdown.Status));
        AssertRendered(pyramid, "inventaire-pyramide-des-ages", "Âge du parc : unités utilisées et en stock", "Unités", "Âge (années depuis l'acquisition)");
        Assert.Equal(["0 à 2 ans", "3 à 5 ans", "6 à 9 ans", "10 à 14 ans", "15 ans et plus"], pyramid.Axes.Left.TickGenerator.Ticks.OrderBy(t => t.Position).Select(t => t.Label));
    }

    [Fact]
    public void Report_idle_stock_chart_renders_on_the_sample()
    {
        var study = Sample.Value;
        var summary = IdleStockSummary.Of(study.Inventory, study.Institutions, IdleStockOptions.Default);
        var plot = IdleStockSection.CategoryChart(summary);
        AssertRendered(plot, "stock-dormant-par-categorie", "Unités dormantes par catégorie (15 premières)", xLabel: "Unités dormantes");
        Assert.Equal(FrenchNumberFormat.Format(summary.ByCategory[0].Units, 0), plot.GetPlottables<ScottPlot.Plottables.Text>().First().LabelText);
    }

    [Fact]
    public void Report_cluster_charts_render_on_the_sample()
    {
        var study = Sample.Value;
        var result = NeedsClustering.Run(study.Institutions, study.Needs, new NeedsClusteringOptions { Seed = 42 });
        var descriptions = ClusterDescription.Describe(result, study.Needs, study.Institutions);

        var scatter = NeedsSection.ClusterScatterChart(result, descriptions);
        AssertRendered(scatter, "besoins-groupes-acp", "Profils de besoins des établissements");
        Assert.Equal(result.K, scatter.GetPlottables<ScottPlot.Plottables.Scatter>().Count());
        Assert.Equal(["Groupe 1 (17) : informatique", "Groupe 2 (14) : vidéo", "Groupe 3 (9) : audio"], scatter.GetPlottables<ScottPlot.Plottables.Scatter>().Select(s => s.LegendText));
        Assert.InRange(scatter.GetPlottables<ScottPlot.Plottables.Text>().Count(), 25, 40);

        var silhouette = NeedsSection.SilhouetteChart(result)!;
        AssertRendered(silhouette, "besoins-silhouette-par-k", "Silhouette moyenne selon le nombre de groupes", "Nombre de groupes k", "Silhouette moyenne");
        Assert.Equal($"k retenu = {result.K}", silhouette.GetPlottables<ScottPlot.Plottables.Text>().Single().LabelText);
        Assert.Equal(0, silhouette.Axes.GetLimits().Bottom);
    }

    [Fact]
    public void Report_loan_map_renders_on_the_sample_with_its_overseas_box()
    {
        var study = Sample.Value;
        var run = LoanMatcher.Run(study.Institutions, study.Inventory, study.Needs);
        var plot = LoanMatchingSection.LoanMap(run.Result, study.Institutions);
        AssertRendered(plot, "appariements-carte-des-prets", "Prêts proposés entre établissements");

        var overseas = run.Result.Loans.Where(l => study.Institutions.Single(i => i.Id == l.BorrowerInstitutionId).Location is { } p && !LoanMapChart.IsOnMap(p.Latitude, p.Longitude)).ToList();
        Assert.NotEmpty(overseas);
        var box = plot.GetPlottables<ScottPlot.Plottables.Text>().Single().LabelText;
        Assert.Contains($"Martinique : {overseas.Count} prêts, {overseas.Sum(l => l.Quantity)} unités", box);
    }

    private void AssertRendered(Plot plot, string stem, string title, string? xLabel = null, string? yLabel = null)
    {
        var file = ChartFile.Save(plot, Directory, stem);
        Assert.True(new FileInfo(file.PngPath).Length > 20_000, "le PNG n'est pas une image vide");
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", File.ReadAllText(file.SvgPath));
        Assert.Equal(title, plot.Axes.Title.Label.Text);
        if (xLabel is not null) Assert.Equal(xLabel, plot.Axes.Bottom.Label.Text);
        if (yLabel is not null) Assert.Equal(yLabel, plot.Axes.Left.Label.Text);
    }
}
