using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Excel;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The reuse scenarios in the report: runs each scenario once (<see cref="ScenarioEvaluation"/>,
/// with the report's seed and iterations) and gives the same runs to the Scénarios, Sensibilité and
/// Hypothèses et sources sheets, so that every figure of the three agrees; adds the key figures
/// (net balance with its P5–P95 range), the findings and the <c>scenarios</c> part of
/// <c>summary.json</c>. The main scenario, whose categories and tornado are drawn, is the one with
/// the largest mean net balance.
/// </summary>
public sealed class ImpactSection : IReportSection
{
    public void Contribute(ReportContext context, ReportModel report)
    {
        var evaluations = ScenarioEvaluation.All(context.Data, context.Options);
        if (evaluations.Count == 0)
        {
            report.AddFinding(ReportSheetOrder.Scenarios,
                "Aucun scénario de réemploi n'a été fourni (sous-dossier scenarios/ du dossier de données, ou option --scenarios) : les émissions évitées ne sont pas estimées.");
            return;
        }

        var scenarios = ReportedScenario.Of(evaluations);
        var main = scenarios.MaxBy(s => s.Summary.NetTCO2e.Mean)!;
        ScenariosSheet.Add(report, scenarios, main, context.Options);
        SensitivitySheet.Add(report, scenarios, main);
        HypothesesSheet.Add(report, scenarios);
        AddFigures(report, scenarios);
        AddFindings(report, scenarios, main);
        AddSummary(report, scenarios);
    }

    private static void AddFigures(ReportModel report, IReadOnlyList<ReportedScenario> scenarios)
    {
        foreach (var s in scenarios)
        {
            var net = s.Summary.NetTCO2e;
            report.AddKeyFigure(new KeyFigure(
                $"scenario_{s.Key}_net_tco2e",
                $"{s.Title} : émissions évitées nettes sur {Years(s.Summary.HorizonYears)}, moyenne (P5–P95 : {TonnesText.Number(net.P5, TonnesText.Decimals(net.Mean))} – {TonnesText.Number(net.P95, TonnesText.Decimals(net.Mean))})",
                net.Mean, CellFormat.Decimal, ReportSheetOrder.Scenarios, "tCO2e"));
        }
    }

    private static void AddFindings(ReportModel report, IReadOnlyList<ReportedScenario> scenarios, ReportedScenario main)
    {
        const ReportSheetOrder sheet = ReportSheetOrder.Scenarios;
        var m = main.Summary;
        var sentence = $"Le scénario « {main.Title} » évite le plus : {TonnesText.WithRange(m.NetTCO2e.Mean, m.NetTCO2e.P5, m.NetTCO2e.P95)} nettes sur {Years(m.HorizonYears)}, " +
                       $"transport des prêts déduit ({TonnesText.Amount(m.TransportTCO2e)}), soit l'empreinte carbone annuelle de {People(m.Equivalence.People)} Français.";
        if (scenarios.Count == 1) sentence = sentence.Replace("évite le plus : ", "évite ", StringComparison.Ordinal);
        report.AddFinding(sheet, sentence);
        foreach (var s in scenarios.Where(s => s != main).OrderByDescending(s => s.Summary.NetTCO2e.Mean))
        {
            var net = s.Summary.NetTCO2e;
            report.AddFinding(sheet, $"« {s.Title} » : {TonnesText.WithRange(net.Mean, net.P5, net.P95)} évitées nettes sur {Years(s.Summary.HorizonYears)}, l'empreinte annuelle de {People(s.Summary.Equivalence.People)} Français.");
        }

        if (m.Tornado.Count > 0)
        {
            var top = m.Tornado[0];
            int decimals = TonnesText.Decimals(m.ByLever.NetTCO2e);
            report.AddFinding(ReportSheetOrder.Sensibilite,
                $"Le facteur qui fait le plus varier le résultat de « {main.Title} » est « {FactorLabels.Readable(top.Factor, top.Label)} » : entre sa valeur basse et sa valeur haute, " +
                $"le bilan net va de {TonnesText.Number(Math.Min(top.NetAtLowTCO2e, top.NetAtHighTCO2e), decimals)} à {TonnesText.Amount(Math.Max(top.NetAtLowTCO2e, top.NetAtHighTCO2e), decimals)}.");
        }

        var missing = MissingCategories(scenarios);
        if (missing.Count > 0)
        {
            double needs = missing.Sum(c => c.NeedUnits), stock = missing.Sum(c => c.StockUnits);
            var named = string.Join(", ", missing.OrderByDescending(c => c.NeedUnits + c.StockUnits).Take(5).Select(c => InSentence(c.Label)));
            report.AddFinding(ReportSheetOrder.HypothesesEtSources,
                $"{InText(missing.Count)} catégorie(s) concernée(s) par les scénarios n'ont pas de facteur d'émission ({named}{(missing.Count > 5 ? "…" : "")}) : " +
                $"leurs {InText(needs)} unités de besoins et {InText(stock)} unités en service sont tenues hors des totaux, qui sont donc des minorants.");
        }
        var estimates = scenarios.SelectMany(s => s.Summary.ByCategory).Where(c => c.IsEstimate).Select(c => c.Label).Distinct().ToList();
        if (estimates.Count > 0)
            report.AddFinding(ReportSheetOrder.HypothesesEtSources,
                $"{InText(estimates.Count)} catégorie(s) sont évaluées avec une estimation (facteur dérivé ou substitut d'un appareil voisin) : {string.Join(", ", estimates.Select(InSentence))}.");
    }

    /// <summary>The categories some scenario left out for want of a factor, with the largest units any scenario gives them (the scenarios share the data).</summary>
    internal static IReadOnlyList<ScenarioSummary.MissingRow> MissingCategories(IReadOnlyList<ReportedScenario> scenarios) =>
        [.. scenarios.SelectMany(s => s.Summary.MissingFactors)
            .GroupBy(m => m.Category, StringComparer.Ordinal)
            .Select(g => g.MaxBy(m => m.NeedUnits + m.LoanUnits + m.StockUnits)!)
            .OrderBy(m => m.Label, StringComparer.Ordinal)];

    private static void AddSummary(ReportModel report, IReadOnlyList<ReportedScenario> scenarios)
    {
        static void SetInterval(SummaryJson json, string key, ScenarioSummary.Interval i) =>
            json.Section(key).Set("mean", i.Mean).Set("p5", i.P5).Set("p50", i.P50).Set("p95", i.P95);
        report.Summary.Set("scenarios", scenarios.Select(s =>
        {
            var summary = s.Summary;
            var json = new SummaryJson()
                .Set("scenario", summary.Scenario)
                .Set("title", summary.Title)
                .Set("file", s.Evaluation.Scenario.File)
                .Set("horizon_years", (long)summary.HorizonYears)
                .Set("iterations", (long)summary.Iterations)
                .Set("seed", (long)summary.Seed)
                .Set("transport_tco2e", summary.TransportTCO2e)
                .Set("equivalent_people", summary.Equivalence.People)
                .Set("top_categories", summary.ByCategory.OrderByDescending(c => c.AvoidedTCO2e).ThenBy(c => c.Category, StringComparer.Ordinal).Take(5)
                    .Select(c => new SummaryJson().Set("category", c.Category).Set("label", c.Label).Set("avoided_tco2e", c.AvoidedTCO2e)
                        .Set("avoided_p5_tco2e", c.AvoidedP5TCO2e).Set("avoided_p95_tco2e", c.AvoidedP95TCO2e).Set("factor_status", c.FactorStatus)))
                .Set("missing_factors", summary.MissingFactors.Select(m => new SummaryJson().Set("category", m.Category).Set("label", m.Label)
                    .Set("need_units", m.NeedUnits).Set("loan_units", m.LoanUnits).Set("stock_units", m.StockUnits)));
            SetInterval(json, "avoided_tco2e", summary.AvoidedTCO2e);
            SetInterval(json, "net_tco2e", summary.NetTCO2e);
            if (summary.Tornado.Count > 0)
                json.Section("most_influential_factor").Set("factor", summary.Tornado[0].Factor).Set("label", summary.Tornado[0].Label).Set("swing_tco2e", summary.Tornado[0].SwingTCO2e);
            if (s.Evaluation.Matching is { } matching)
                json.Set("matching_max_distance_km", matching.Options.MaxDistanceKm);
            return json;
        }));
    }

    /// <summary>A category label inside a sentence: lower-case first letter, acronyms kept (« distribution du signal AV »).</summary>
    internal static string InSentence(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    internal static string Years(int years) => years > 1 ? $"{years} ans" : "1 an";

    internal static string People(double people) => InText(people, people < 10 ? 1 : 0);
}
