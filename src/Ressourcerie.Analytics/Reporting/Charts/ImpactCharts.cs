using Ressourcerie.Analytics.Impact;
using ScottPlot;

namespace Ressourcerie.Analytics.Reporting.Charts;

/// <summary>
/// The charts of the reuse scenarios, built from their results with the generic chart builders:
/// the comparison of scenarios with P5–P95 bars, the Monte Carlo distribution of one scenario, its
/// avoided emissions by category and its tornado. The report calls these, and so can a notebook:
/// <code>ImpactCharts.Comparison(runs.Select(ScenarioSummary.From).ToList()).SavePng("scenarios.png", 1600, 900);</code>
/// Amounts are tCO2e, as in the workbook's tables; every chart's numbers come from the same
/// <see cref="ScenarioSummary"/> the tables show.
/// </summary>
public static class ImpactCharts
{
    /// <summary>Each scenario's net balance: Monte Carlo mean, with its P5–P95 interval.</summary>
    public static Plot Comparison(IReadOnlyList<ScenarioSummary> scenarios)
    {
        if (scenarios.Count == 0) throw new ArgumentException("Aucun scénario à comparer.", nameof(scenarios));
        var horizons = scenarios.Select(s => s.HorizonYears).Distinct().ToList();
        var over = horizons.Count == 1 ? $"sur {horizons[0]} an{(horizons[0] > 1 ? "s" : "")}" : "sur leur horizon";
        var plot = ScenarioRangeChart.Create(
            $"Bilan net des scénarios {over} : moyenne et P5–P95",
            [.. scenarios.Select(s => (s.Title, s.NetTCO2e.Mean, s.NetTCO2e.P5, s.NetTCO2e.P95))],
            "tCO2e évitées, transport déduit",
            TonnesText.Decimals([.. scenarios.Select(s => s.NetTCO2e.Mean)]));
        ChartStyle.CategoryTicks(plot.Axes.Bottom, [.. Enumerable.Range(0, scenarios.Count).Select(i => (double)i)],
            [.. scenarios.Select(s => NameOnTwoLines(s.Title, Math.Clamp(85 / scenarios.Count, 12, 30)))]);
        IncludeZero(plot, scenarios.Min(s => s.NetTCO2e.P5), scenarios.Max(s => s.NetTCO2e.P95), vertical: true);
        return plot;
    }

    /// <summary>
    /// The histogram of the net balance over the Monte Carlo draws, with the P5, P50 and P95 of the
    /// tables. Lognormal factors give long upper tails: the bins cover P0,5–P99,5 so that the bulk
    /// stays readable, and the legend says how many draws lie beyond and how far.
    /// </summary>
    public static Plot Distribution(ScenarioRun run)
    {
        var draws = run.MonteCarlo.NetDrawsKgCO2e;
        if (draws.Count == 0) throw new ArgumentException("Ce résultat ne garde pas ses tirages Monte Carlo.", nameof(run));
        var tonnes = draws.Select(kg => kg / 1000).ToArray();
        var sorted = tonnes.Order().ToArray();
        double low = MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile(sorted, 0.005);
        double high = MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile(sorted, 0.995);
        var shown = high > low ? tonnes.Where(t => t >= low && t <= high).ToArray() : tonnes;
        var net = ScenarioSummary.Interval.Of(run.MonteCarlo.Net);
        int decimals = TonnesText.Decimals(net.P50);
        var plot = DistributionChart.Create(
            Title(run.Scenario.Title, $"distribution du bilan net ({FrenchNumberFormat.InText(draws.Count)} tirages)"),
            shown,
            "Bilan net sur l'horizon (tCO2e)",
            (net.P5, net.P50, net.P95),
            decimals: decimals);
        var mean = plot.Add.VerticalLine(net.Mean, 4, ChartStyle.ColorAt(7), LinePattern.Dotted);
        mean.LegendText = $"Moyenne = {FrenchNumberFormat.Format(net.Mean, decimals)}";
        int above = tonnes.Count(t => t > high), below = tonnes.Count(t => t < low);
        if (above + below > 0)
        {
            var parts = new List<string>();
            if (below > 0) parts.Add($"{FrenchNumberFormat.InText(below)} en deçà de {FrenchNumberFormat.Format(low, decimals)} (min. {FrenchNumberFormat.Format(sorted[0], decimals)})");
            if (above > 0) parts.Add($"{FrenchNumberFormat.InText(above)} au-delà de {FrenchNumberFormat.Format(high, decimals)} (max. {FrenchNumberFormat.Format(sorted[^1], decimals)})");
            var note = plot.Add.Annotation($"Tirages non tracés :\n{string.Join("\n", parts)}", Alignment.UpperRight);
            note.LabelFontSize = ChartStyle.ValueLabelSize;
            note.LabelFontName = ChartStyle.FontName;
            note.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
            note.LabelBorderColor = ChartStyle.Neutral;
            note.LabelShadowColor = Colors.Transparent;
        }
        return plot;
    }

    /// <summary>Avoided emissions by category (Monte Carlo mean), largest first; categories without a factor are not drawn (they are listed in the tables).</summary>
    public static Plot ByCategory(ScenarioSummary scenario, int top = 15)
    {
        var rows = scenario.ByCategory.OrderByDescending(c => c.AvoidedTCO2e).ThenBy(c => c.Label, StringComparer.Ordinal).ToList();
        var shown = rows.Take(top).Select(c => (c.IsEstimate ? c.Label + " (estimation)" : c.Label, c.AvoidedTCO2e)).ToList();
        var title = Title(scenario.Title, rows.Count > top ? $"émissions évitées, {top} premières catégories" : "émissions évitées par catégorie");
        var plot = HorizontalBarChart.Create(title, shown, "tCO2e évitées sur l'horizon (moyenne Monte Carlo)",
            TonnesText.Decimals(shown.Count == 0 ? 0 : shown.Max(s => Math.Abs(s.AvoidedTCO2e))));
        if (shown.Count > 0) IncludeZero(plot, shown.Min(s => s.AvoidedTCO2e), shown.Max(s => s.AvoidedTCO2e), vertical: false);
        return plot;
    }

    /// <summary>The one-at-a-time sensitivity of the net balance: the <paramref name="top"/> factors that move it most.</summary>
    public static Plot Tornado(ScenarioSummary scenario, int top = 12)
    {
        var bars = scenario.Tornado.Take(top).ToList();
        if (bars.Count == 0) throw new ArgumentException($"Le scénario « {scenario.Title} » n'a aucun facteur incertain.", nameof(scenario));
        var plot = TornadoChart.Create(
            Title(scenario.Title, "facteurs qui font varier le bilan net"),
            [.. bars.Select(b => (FactorLabels.Readable(b.Factor, b.Label), b.NetAtLowTCO2e, b.NetAtHighTCO2e))],
            scenario.ByLever.NetTCO2e,
            "Bilan net sur l'horizon (tCO2e)");
        // « Référence » would read as the baseline scenario: the line is the net at typical values.
        foreach (var line in plot.GetPlottables<ScottPlot.Plottables.VerticalLine>())
            line.LegendText = $"Valeurs typiques : {FrenchNumberFormat.Format(scenario.ByLever.NetTCO2e, TonnesText.Decimals(scenario.ByLever.NetTCO2e))}";
        return plot;
    }

    /// <summary>
    /// « name » : subject on one line when it fits the chart's width at the title size, else the
    /// subject with the name under it (capitalised, as a title starts), shortened if need be.
    /// </summary>
    internal static string Title(string scenario, string subject)
    {
        const int oneLine = 56;
        var title = $"« {scenario} » : {subject}";
        if (title.Length <= oneLine) return title;
        return char.ToUpperInvariant(subject[0]) + subject[1..] + $"\n« {ChartLabels.Truncate(scenario, oneLine - 4)} »";
    }

    /// <summary>
    /// A scenario's name on at most two lines of <paramref name="lineLength"/> characters: at a space
    /// as <see cref="ChartLabels.Fit"/> does, else after a hyphen or underscore, since scenario names
    /// are often file-like (« allongement-duree-de-vie »): the one nearest the middle when both lines
    /// fit, else the last one that lets the first line fit, the second shortened with « … ».
    /// </summary>
    internal static string NameOnTwoLines(string name, int lineLength)
    {
        if (name.Length <= lineLength || name.Contains(' ')) return ChartLabels.Fit(name, lineLength);
        int balanced = -1, last = -1;
        for (int i = 0; i < name.Length - 1 && i < lineLength; i++)
        {
            if (name[i] is not ('-' or '_')) continue;
            last = i;
            if (name.Length - i - 1 <= lineLength && (balanced < 0 || Math.Abs(i - name.Length / 2) < Math.Abs(balanced - name.Length / 2)))
                balanced = i;
        }
        int cut = balanced >= 0 ? balanced : last;
        if (cut < 0) return ChartLabels.Fit(name, lineLength);
        var rest = name[(cut + 1)..];
        if (rest.Length > lineLength) rest = rest[..(lineLength - 1)] + "…";
        return name[..(cut + 1)] + "\n" + rest;
    }

    /// <summary>
    /// The generic builders fit the axis to positive values: a scenario or a category whose result
    /// is negative (transport above savings, older devices using more power) must stay visible.
    /// </summary>
    private static void IncludeZero(Plot plot, double min, double max, bool vertical)
    {
        if (min >= 0) return;
        double span = Math.Max(max, 0) - min;
        double low = min - 0.1 * span, high = Math.Max(max, 0) + 0.15 * span;
        if (vertical) plot.Axes.SetLimitsY(low, high);
        else plot.Axes.SetLimitsX(low, high);
    }
}
