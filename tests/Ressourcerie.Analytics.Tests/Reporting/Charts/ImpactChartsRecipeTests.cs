using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Reporting;
using Ressourcerie.Analytics.Reporting.Charts;
using ScottPlot;
using static Ressourcerie.Analytics.Tests.Impact.ImpactStudy;

namespace Ressourcerie.Analytics.Tests.Reporting.Charts;

/// <summary>
/// One recipe per chart of the impact scenarios, on a small seeded study: the same calls the report
/// makes (<see cref="ImpactCharts"/>), rendered to PNG and SVG. Set RESSOURCERIE_KEEP_CHARTS to a
/// folder to keep the images.
/// </summary>
public sealed class ImpactChartsRecipeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Directory => Environment.GetEnvironmentVariable("RESSOURCERIE_KEEP_CHARTS") is { Length: > 0 } keep ? keep : _temp.Path;

    public void Dispose() => _temp.Dispose();

    private static readonly ImpactInputs Study = Inputs(
        needs: [Need("B", "video_projector", 6), Need("C", "display", 8), Need("C", "computer_laptop", 12), Need("B", "headphones", 10), Need("D", "tablet", 5)],
        loans: [Loan("A", "B", "video_projector", 4, 60), Loan("A", "C", "display", 6, 120), Loan("D", "C", "computer_laptop", 5, 35), Loan("A", "B", "headphones", 4, 60)],
        stock: [Item("A", "computer_laptop", 40), Item("B", "tablet", 15), Item("C", "display", 30), Item("D", "printer", 6), Item("A", "headphones", 20)],
        institutions: [Institution("A", "Bretagne"), Institution("B", "Normandie"), Institution("C", "Normandie"), Institution("D", "Grand Est")]);

    private static ScenarioRun Run(Scenario scenario, int seed = 2024) => ScenarioRunner.Run(Study, scenario, new MonteCarloOptions(4_000, seed));

    private static readonly Scenario Lending = new() { Name = "pret-mutualise", HorizonYears = 5, LoanShare = 0.6, ItemsPerTrip = 4 };

    private static readonly Scenario Combined = new()
    {
        Name = "allongement-et-reconditionnement-combines", HorizonYears = 5, LoanShare = 0.6, ItemsPerTrip = 4, LifetimeExtensionYears = 2, RefurbishedShare = 0.33,
    };

    [Fact]
    public void Comparison_shows_each_scenarios_mean_with_its_p5_p95_bar_and_long_names_on_two_lines()
    {
        var summaries = new[] { Lending, Combined }.Select(s => ScenarioSummary.From(Run(s))).ToList();

        var plot = ImpactCharts.Comparison(summaries);

        AssertRendered(plot, "impact-comparaison", "Bilan net des scénarios sur 5 ans : moyenne et P5–P95", yLabel: "tCO2e évitées, transport déduit");
        var ticks = plot.Axes.Bottom.TickGenerator.Ticks.OrderBy(t => t.Position).Select(t => t.Label).ToList();
        Assert.Equal("pret-mutualise", ticks[0]);
        Assert.Equal("allongement-et-\nreconditionnement-combines", ticks[1]);
        Assert.Equal("allongement-et-\nreconditionnement-com…", ImpactCharts.NameOnTwoLines("allongement-et-reconditionnement-combines", 22));
        Assert.Equal("allongement-\nduree-de-vie", ImpactCharts.NameOnTwoLines("allongement-duree-de-vie", 22));
        Assert.Equal("Prêt mutualisé\nrégional", ImpactCharts.NameOnTwoLines("Prêt mutualisé régional", 22));
        Assert.Equal("« combine » : facteurs qui font varier le bilan net", ImpactCharts.Title("combine", "facteurs qui font varier le bilan net"));
        var errors = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.ErrorBar>());
        Assert.Equal(summaries[1].NetTCO2e.P95 - summaries[1].NetTCO2e.Mean, errors.YErrorPositive![1], 9);
        Assert.Equal(summaries[1].NetTCO2e.Mean - summaries[1].NetTCO2e.P5, errors.YErrorNegative![1], 9);
    }

    [Fact]
    public void Comparison_keeps_a_negative_net_balance_in_view()
    {
        // Far loans of light devices: the van emits more than the purchases avoided.
        var far = ScenarioRunner.Run(
            Inputs(needs: [Need("B", "tablet", 2)], loans: [Loan("A", "B", "tablet", 2, 900)]),
            new Scenario { Name = "pret-lointain", HorizonYears = 1, LoanShare = 1 },
            new MonteCarloOptions(1_000, 1));
        var summary = ScenarioSummary.From(far);
        Assert.True(summary.NetTCO2e.Mean < 0);

        var plot = ImpactCharts.Comparison([summary, ScenarioSummary.From(Run(Lending))]);

        AssertRendered(plot, "impact-comparaison-negatif", "Bilan net des scénarios sur leur horizon : moyenne et P5–P95");
        Assert.True(plot.Axes.GetLimits().Bottom < summary.NetTCO2e.P5);
    }

    [Fact]
    public void Distribution_marks_the_tables_percentiles_and_the_mean_and_says_which_draws_it_leaves_out()
    {
        var run = Run(Combined);
        var net = ScenarioSummary.Interval.Of(run.MonteCarlo.Net);

        var plot = ImpactCharts.Distribution(run);

        AssertRendered(plot, "impact-distribution", "Distribution du bilan net (4\u00A0000 tirages)\n« allongement-et-reconditionnement-combines »",
            "Bilan net sur l'horizon (tCO2e)", "Nombre de tirages");
        var lines = plot.GetPlottables<ScottPlot.Plottables.VerticalLine>().ToList();
        Assert.Equal([net.P5, net.P50, net.P95, net.Mean], lines.Select(l => l.X));
        Assert.StartsWith("Moyenne = ", lines[3].LegendText);
        var note = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.Annotation>());
        Assert.StartsWith("Tirages non tracés :\n20 en deçà de ", note.Text);
        Assert.Contains("\n20 au-delà de ", note.Text);
    }

    [Fact]
    public void By_category_ranks_the_categories_and_marks_estimates()
    {
        var summary = ScenarioSummary.From(Run(Combined));

        var plot = ImpactCharts.ByCategory(summary);

        AssertRendered(plot, "impact-categories", "Émissions évitées par catégorie\n« allongement-et-reconditionnement-combines »",
            xLabel: "tCO2e évitées sur l'horizon (moyenne Monte Carlo)");
        var labels = plot.Axes.Left.TickGenerator.Ticks.OrderByDescending(t => t.Position).Select(t => t.Label).ToList();
        Assert.Equal(summary.ByCategory.Count, labels.Count);
        Assert.Equal(summary.ByCategory.MaxBy(c => c.AvoidedTCO2e)!.Label, labels[0]);
        Assert.DoesNotContain(labels, l => l.Contains("Casque"));
    }

    [Fact]
    public void Tornado_names_what_each_factor_is_and_draws_the_typical_net_balance()
    {
        var summary = ScenarioSummary.From(Run(Combined));

        var plot = ImpactCharts.Tornado(summary, top: 6);

        AssertRendered(plot, "impact-tornade", "Facteurs qui font varier le bilan net\n« allongement-et-reconditionnement-combines »", xLabel: "Bilan net sur l'horizon (tCO2e)");
        var labels = plot.Axes.Left.TickGenerator.Ticks.OrderByDescending(t => t.Position).Select(t => t.Label.Replace("\n", " ")).ToList();
        Assert.Equal(6, labels.Count);
        Assert.Equal(FactorLabels.Readable(summary.Tornado[0].Factor, summary.Tornado[0].Label), labels[0]);
        Assert.All(labels, l => Assert.Matches("^(Fabrication|Économie du reconditionné|Transport|Électricité)", l));
        var line = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.VerticalLine>());
        Assert.Equal(summary.ByLever.NetTCO2e, line.X);
        Assert.StartsWith("Valeurs typiques : ", line.LegendText);
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
