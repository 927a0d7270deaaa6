using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Excel;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Scénarios sheet: the side-by-side comparison, then one block per scenario (levers, results
/// with their Monte Carlo range, by category with the factor status, missing factors, by region,
/// by year, by institution), then the convergence of the Monte Carlo. Amounts are tCO2e over the
/// scenario's horizon, taken from <see cref="ScenarioSummary"/> (rounded to the gram), so that the
/// sheet, <c>summary.json</c> and <c>scenario run --format json</c> give the same numbers.
/// </summary>
internal static class ScenariosSheet
{
    private const int TopInstitutions = 15;
    private const int TopLenders = 10;

    // Widths, in characters, that keep the stacked tables within an A4 landscape page at about
    // two thirds of full size: names and long labels wrap in the first column, short texts in the
    // second and third, numbers keep their width and their headers wrap above them.
    private const double LabelWidth = 28;
    private const double TextWidth = 20;
    private const double ScenarioWidth = 19;
    private const double AmountWidth = 14;
    private const double LenderAmountWidth = 18;
    private const int ScenariosPerComparison = 6;

    public static void Add(ReportModel report, IReadOnlyList<ReportedScenario> scenarios, ReportedScenario main, ReportOptions options)
    {
        var sheet = report.AddSheet(ReportSheetOrder.Scenarios, "Scénarios de réemploi : émissions de CO2e évitées");
        sheet.Paragraph("Chaque scénario est comparé à la situation de référence, où chaque besoin est couvert par un achat neuf et le matériel en service est remplacé en fin de vie. Les montants sont en tonnes d'équivalent CO2 (tCO2e) sur l'horizon du scénario.")
             .Paragraph($"Incertitude : {InText(options.Iterations)} tirages Monte Carlo des facteurs d'émission (graine {options.Seed}) ; moyenne, médiane (P50) et intervalle P5–P95, qui contient 90 % des tirages. Les détails par levier, région, année et établissement sont calculés aux valeurs typiques des facteurs ; par catégorie, les deux sont donnés.")
             .Paragraph("Émissions évitées : brutes, avant transport. Bilan net : émissions évitées moins le transport des prêts. Les catégories sans facteur d'émission (« facteur manquant ») sont tenues hors des totaux, jamais comptées pour zéro : les totaux sont des minorants.")
             .Paragraph("Chaque facteur utilisé, sa plage et sa source sont dans la feuille Hypothèses et sources ; la sensibilité du résultat à chaque facteur, dans la feuille Sensibilité.");

        foreach (var table in Comparison(scenarios)) sheet.Table(table);
        foreach (var scenario in scenarios) AddBlock(sheet, scenario);
        sheet.Table(Convergence(scenarios));
        AddCharts(report, scenarios, main);
    }

    /// <summary>
    /// One column per scenario and one row per measure with its unit: read down a column for a
    /// scenario, across a row to compare them. Turned this way the table stays narrow enough to
    /// print legibly (fourteen measures side by side made the sheet print at 30 %), and its long
    /// descriptions wrap within their scenario's column. Past <see cref="ScenariosPerComparison"/>
    /// scenarios, the comparison continues in a second table under the first.
    /// </summary>
    private static IEnumerable<ReportTable> Comparison(IReadOnlyList<ReportedScenario> scenarios)
    {
        var headers = ScenarioHeaders(scenarios);
        for (int start = 0; start < scenarios.Count; start += ScenariosPerComparison)
        {
            var part = Enumerable.Range(start, Math.Min(ScenariosPerComparison, scenarios.Count - start)).ToList();
            IReadOnlyList<CellValue> Row(string measure, string unit, Func<ScenarioSummary, CellValue> value) =>
                [measure, unit, .. part.Select(i => value(scenarios[i].Summary))];
            yield return new ReportTable(start == 0 ? "comparaison des scenarios" : $"comparaison des scenarios {start / ScenariosPerComparison + 1}",
                [Label("Mesure"), Text("Unité"), .. part.Select(i => new TableColumn(headers[i], CellFormat.Decimal2, Wrap: true, MaxWidth: ScenarioWidth))],
                [
                    Row("Identifiant (clé name)", "", x => x.Scenario),
                    Row("Horizon", "ans", x => CellValue.Integer(x.HorizonYears)),
                    Row("Émissions évitées, moyenne", "tCO2e", x => x.AvoidedTCO2e.Mean),
                    Row("Émissions évitées, P5", "tCO2e", x => x.AvoidedTCO2e.P5),
                    Row("Émissions évitées, P50", "tCO2e", x => x.AvoidedTCO2e.P50),
                    Row("Émissions évitées, P95", "tCO2e", x => x.AvoidedTCO2e.P95),
                    Row("Transport des prêts, moyenne", "tCO2e", x => x.TransportTCO2e),
                    Row("Bilan net, moyenne", "tCO2e", x => x.NetTCO2e.Mean),
                    Row("Bilan net, P5", "tCO2e", x => x.NetTCO2e.P5),
                    Row("Bilan net, P50", "tCO2e", x => x.NetTCO2e.P50),
                    Row("Bilan net, P95", "tCO2e", x => x.NetTCO2e.P95),
                    Row("Bilan net par an, moyenne", "tCO2e/an", x => x.NetTCO2e.Mean / x.HorizonYears),
                    Row("Équivalent Français", "personnes-an", x => CellValue.Of(x.Equivalence.People, CellFormat.Decimal)),
                    Row("Catégories sans facteur (hors des totaux)", "catégories", x => CellValue.Integer(x.MissingFactors.Count)),
                    Row("Description", "", x => x.Description.Length > 0 ? x.Description : CellValue.Empty),
                ])
            {
                Heading = start == 0 ? "Comparaison des scénarios" : "Comparaison des scénarios (suite)",
                Note = start == 0
                    ? $"Moyennes et percentiles des tirages Monte Carlo, mêmes tirages pour tous les scénarios. Évitées : brutes, avant transport ; bilan net : évitées moins le transport des prêts. Équivalent Français : bilan net moyen ÷ empreinte carbone annuelle d'un Français ({InText(scenarios[0].Summary.Equivalence.TonnesPerPersonPerYear, 1)} tCO2e, feuille Hypothèses et sources)."
                    : null,
            };
        }
    }

    /// <summary>Each scenario's column header: its title, with its file stem when two titles (or a title and a fixed header) would clash.</summary>
    private static string[] ScenarioHeaders(IReadOnlyList<ReportedScenario> scenarios)
    {
        var counts = scenarios.GroupBy(s => s.Title, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        return [.. scenarios.Select(s => counts[s.Title] == 1 && !IsFixedHeader(s.Title) ? s.Title : $"{s.Title} ({s.Stem})")];
    }

    private static bool IsFixedHeader(string title) =>
        string.Equals(title, "Mesure", StringComparison.OrdinalIgnoreCase) || string.Equals(title, "Unité", StringComparison.OrdinalIgnoreCase);

    private static void AddBlock(ReportSheet sheet, ReportedScenario scenario)
    {
        var s = scenario.Summary;
        var title = $"Scénario « {scenario.Title} »";
        sheet.Table(new ReportTable($"{scenario.Key} leviers",
            [Label("Levier"), Amount("Valeur", CellFormat.General), Text("Unité")],
            Levers(scenario))
        {
            Heading = $"{title} : leviers",
            Note = s.Description.Length > 0 ? s.Description : null,
        });

        var levers = s.ByLever;
        var E = CellValue.Empty;
        var perYear = 1.0 / s.HorizonYears;
        sheet.Table(new ReportTable($"{scenario.Key} resultats",
            [
                Label("Résultat"), Text("Unité"), Amount("Moyenne"), Amount("P5"),
                Amount("P50"), Amount("P95"), Amount("Valeurs typiques des facteurs"),
            ],
            [
                ["Émissions évitées (brutes)", "tCO2e", s.AvoidedTCO2e.Mean, s.AvoidedTCO2e.P5, s.AvoidedTCO2e.P50, s.AvoidedTCO2e.P95, levers.AvoidedTCO2e],
                ["dont achats évités par les prêts", "tCO2e", E, E, E, E, levers.AvoidedPurchasesTCO2e],
                ["dont allongement de la durée de vie", "tCO2e", E, E, E, E, levers.LifetimeExtensionTCO2e],
                ["dont achats reconditionnés", "tCO2e", E, E, E, E, levers.RefurbishedTCO2e],
                ["dont phase d'usage", "tCO2e", E, E, E, E, levers.UsePhaseTCO2e],
                ["Transport des prêts (émis)", "tCO2e", s.TransportTCO2e, E, E, E, levers.TransportTCO2e],
                ["Bilan net", "tCO2e", s.NetTCO2e.Mean, s.NetTCO2e.P5, s.NetTCO2e.P50, s.NetTCO2e.P95, levers.NetTCO2e],
                ["Bilan net par an (moyenne sur l'horizon)", "tCO2e/an", s.NetTCO2e.Mean * perYear, s.NetTCO2e.P5 * perYear, s.NetTCO2e.P50 * perYear, s.NetTCO2e.P95 * perYear, levers.NetTCO2e * perYear],
                ["Équivalent en empreinte annuelle de Français", "personnes-an", CellValue.Of(s.Equivalence.People, CellFormat.Decimal), E, E, E, E],
            ])
        {
            Heading = $"{title} : résultats sur {ImpactSection.Years(s.HorizonYears)}",
            Note = $"Moyenne, P5, P50, P95 : {InText(s.Iterations)} tirages Monte Carlo. Les leviers sont détaillés aux valeurs typiques des facteurs (la moyenne des tirages est plus haute quand les plages des sources sont asymétriques). Empreinte d'un Français : {InText(s.Equivalence.TonnesPerPersonPerYear, 1)} tCO2e par an.",
        });

        sheet.Table(ByCategory(scenario));
        if (s.MissingFactors.Count > 0)
            sheet.Table(new ReportTable($"{scenario.Key} facteurs manquants",
                [
                    Label("Catégorie"), Text("Statut"), Amount("Besoins (unités)", CellFormat.Integer),
                    Amount("dont prêts trouvés (unités)", CellFormat.Integer), Amount("En service (unités)", CellFormat.Integer),
                    Amount("Transport non compté (véhicule-km)", CellFormat.Decimal),
                ],
                s.MissingFactors.OrderByDescending(m => m.NeedUnits).ThenByDescending(m => m.StockUnits).ThenBy(m => m.Label, StringComparer.Ordinal)
                    .Select(m => (IReadOnlyList<CellValue>)[m.Label, m.Status, m.NeedUnits, m.LoanUnits, m.StockUnits, m.ExcludedTransportVehicleKm]))
            {
                Heading = $"{title} : catégories sans facteur d'émission, hors des totaux",
                Note = "Ces unités ne sont ni comptées pour zéro ni estimées : la raison de chaque facteur manquant est dans la feuille Hypothèses et sources.",
            });

        sheet.Table(new ReportTable($"{scenario.Key} regions",
            [
                Label("Région"), Amount("Établissements", CellFormat.Integer), Amount("Unités empruntées", CellFormat.Decimal),
                Amount("Unités prêtées", CellFormat.Decimal), .. AmountColumns(),
            ],
            s.ByRegion.OrderByDescending(r => r.NetTCO2e).ThenBy(r => r.Region, StringComparer.Ordinal)
                .Select(r => (IReadOnlyList<CellValue>)[r.Region, r.Institutions, r.UnitsBorrowed, r.UnitsLent, r.AvoidedTCO2e, r.TransportTCO2e, r.NetTCO2e]))
        { Heading = $"{title} : par région (valeurs typiques)", EmptyText = "Aucun établissement concerné." });

        sheet.Table(new ReportTable($"{scenario.Key} annees",
            [Amount("Année du scénario", CellFormat.Integer), Amount("Année civile", CellFormat.General), Amount("Unités prêtées", CellFormat.Decimal), .. AmountColumns()],
            s.ByYear.Select(y => (IReadOnlyList<CellValue>)[y.Year, y.CalendarYear, y.LoanUnits, y.AvoidedTCO2e, y.TransportTCO2e, y.NetTCO2e]))
        {
            Heading = $"{title} : par année (valeurs typiques)",
            Note = "Allongement et reconditionné sont répartis également sur les années ; un prêt compte l'année où commence le besoin (chaque année si les besoins sont récurrents).",
        });

        var institutions = s.ByInstitution.OrderByDescending(i => i.NetTCO2e).ThenBy(i => i.Id, StringComparer.Ordinal).Take(TopInstitutions).ToList();
        sheet.Table(new ReportTable($"{scenario.Key} etablissements",
            [
                Label("Établissement"), Text("Région"), Amount("Unités empruntées", CellFormat.Decimal),
                Amount("Unités prêtées", CellFormat.Decimal), .. AmountColumns(),
                new TableColumn("Achats évités chez ses emprunteurs (tCO2e)", CellFormat.Decimal2, MaxWidth: LenderAmountWidth),
            ],
            institutions.Select(i => (IReadOnlyList<CellValue>)[i.Name, i.Region, i.UnitsBorrowed, i.UnitsLent, i.AvoidedTCO2e, i.TransportTCO2e, i.NetTCO2e, i.EnabledAsLenderTCO2e]))
        {
            Heading = s.ByInstitution.Count > TopInstitutions
                ? $"{title} : les {TopInstitutions} établissements au plus fort bilan net (sur {InText(s.ByInstitution.Count)})"
                : $"{title} : par établissement",
            Note = "Un établissement qui prête permet les économies de ses emprunteurs : elles sont comptées chez l'emprunteur (dernière colonne pour information, jamais ajoutée deux fois).",
            EmptyText = "Aucun établissement concerné.",
        });

        var lenders = s.ByInstitution.Where(i => i.UnitsLent > 0).OrderByDescending(i => i.UnitsLent).ThenBy(i => i.Id, StringComparer.Ordinal).Take(TopLenders).ToList();
        if (lenders.Count > 0)
            sheet.Table(new ReportTable($"{scenario.Key} preteurs",
                [
                    Label("Établissement"), Text("Région"), Amount("Unités prêtées", CellFormat.Decimal),
                    Amount("Achats évités chez les emprunteurs (tCO2e)"),
                ],
                lenders.Select(i => (IReadOnlyList<CellValue>)[i.Name, i.Region, i.UnitsLent, i.EnabledAsLenderTCO2e]))
            { Heading = $"{title} : principaux prêteurs" });
    }

    private static IEnumerable<IReadOnlyList<CellValue>> Levers(ReportedScenario reported)
    {
        var scenario = reported.Evaluation.Scenario;
        var matching = reported.Evaluation.Matching;
        yield return ["Identifiant (clé name)", CellValue.Empty, scenario.File is { } file ? $"{scenario.Name} (fichier {Path.GetFileName(file)})" : scenario.Name];
        yield return ["Horizon", scenario.HorizonYears, "ans"];
        yield return ["Année de départ", reported.Summary.StartYear, reported.Summary.StartYear is null ? "aucun besoin daté" : scenario.StartYear is null ? "année du premier besoin" : "année civile"];
        yield return ["Part des prêts trouvés qui ont lieu", CellValue.Percent(scenario.LoanShare), "des prêts"];
        yield return ["Distance maximale d'un prêt", scenario.MaxDistanceKm, scenario.MaxDistanceKm is null ? "sans limite propre" : "km"];
        if (matching is not null)
        {
            yield return ["Prêts trouvés par l'appariement", matching.Result.Loans.Count, $"prêts à moins de {InText(matching.Options.MaxDistanceKm)} km"];
            yield return ["Unités prêtées trouvées", matching.Result.UnitsLent, "unités"];
        }
        yield return ["Équipements par trajet", scenario.ItemsPerTrip, "équipements"];
        yield return ["Trajet compté", CellValue.Empty, scenario.DistanceRule == DistanceRule.RoundTrip ? "aller-retour" : "aller simple"];
        yield return ["Besoins récurrents", CellValue.Empty, scenario.RecurringNeeds ? "oui : chaque année de l'horizon" : "non : une fois, l'année du besoin"];
        yield return ["Allongement de la durée de vie", scenario.LifetimeExtensionYears, "ans"];
        foreach (var (category, years) in scenario.LifetimeExtensionByCategory.OrderBy(p => p.Key, StringComparer.Ordinal))
            yield return [$"Allongement : {ImpactSection.InSentence(EquipmentTaxonomy.FrenchLabel(category))}", years, "ans"];
        yield return ["Part des achats faits en reconditionné", CellValue.Percent(scenario.RefurbishedShare), "des achats restants"];
        if (scenario.RefurbishedSaving is { } saving)
            yield return ["Part de l'empreinte évitée par un achat reconditionné", CellValue.Percent(saving.Range.Typical), $"basse {PercentInText(saving.Range.Low, 0)}, haute {PercentInText(saving.Range.High, 0)}"];
        yield return ["Surconsommation d'un appareil gardé plus longtemps", CellValue.Percent(scenario.OlderDeviceExtraConsumption), "de sa consommation annuelle"];
        if (scenario.FactorOverrides.Count > 0)
            yield return ["Facteurs surchargés par le scénario", scenario.FactorOverrides.Count, string.Join(", ", scenario.FactorOverrides.Select(o => o.FactorId))];
    }

    private static ReportTable ByCategory(ReportedScenario scenario)
    {
        var s = scenario.Summary;
        var counted = s.ByCategory.OrderByDescending(c => c.AvoidedTCO2e).ThenBy(c => c.Label, StringComparer.Ordinal)
            .Select(c => (IReadOnlyList<CellValue>)
            [
                c.Label, c.FactorStatus, c.NeedUnits, c.LoanUnits, c.StockUnits, c.ReplacementUnits,
                c.AvoidedTCO2e, c.AvoidedP5TCO2e, c.AvoidedP95TCO2e, c.TypicalAvoidedTCO2e, c.TransportTCO2e, c.TypicalNetTCO2e,
            ]);
        // Missing-factor categories are listed with their units and no amount: an empty cell, never 0.
        var missing = s.MissingFactors.OrderBy(m => m.Label, StringComparer.Ordinal)
            .Select(m => (IReadOnlyList<CellValue>)[m.Label, m.Status, m.NeedUnits, m.LoanUnits, m.StockUnits]);
        return new ReportTable($"{scenario.Key} categories",
            [
                Label("Catégorie"), Text("Statut du facteur"), Amount("Besoins (unités)", CellFormat.Decimal),
                Amount("Prêts (unités)", CellFormat.Decimal), Amount("En service (unités)", CellFormat.Decimal),
                Amount("Remplacements (unités)", CellFormat.Decimal),
                Amount("Évitées, moyenne (tCO2e)"), Amount("Évitées, P5"), Amount("Évitées, P95"),
                Amount("Évitées, valeurs typiques (tCO2e)"), Amount("Transport (tCO2e)"),
                Amount("Bilan net, valeurs typiques (tCO2e)"),
            ],
            [.. counted, .. missing])
        {
            Heading = $"Scénario « {scenario.Title} » : par catégorie",
            Note = "Prêts : unités prêtées retenues par le scénario (part des prêts appliquée). Remplacements : fins de vie du parc en service sur l'horizon, à la durée de vie allongée. Statut « estimation » : facteur dérivé ou substitut d'un appareil voisin.",
        };
    }

    private static TableColumn Label(string header) => new(header, Wrap: true, MaxWidth: LabelWidth);

    private static TableColumn Text(string header) => new(header, Wrap: true, MaxWidth: TextWidth);

    private static TableColumn Amount(string header, CellFormat format = CellFormat.Decimal2) => new(header, format, MaxWidth: AmountWidth);

    private static TableColumn[] AmountColumns() =>
    [
        Amount("Évitées (tCO2e)"), Amount("Transport (tCO2e)"), Amount("Bilan net (tCO2e)"),
    ];

    private static ReportTable Convergence(IReadOnlyList<ReportedScenario> scenarios) => new(
        "convergence monte carlo",
        [
            Label("Scénario"), Amount("Itérations", CellFormat.Integer), Amount("Bilan net, moyenne (tCO2e)"),
            Amount("P5 (tCO2e)"), Amount("P95 (tCO2e)"),
            Amount("Erreur type de la moyenne (tCO2e)"),
        ],
        scenarios.SelectMany(s => s.Summary.Convergence.Select(c => (IReadOnlyList<CellValue>)[s.Title, c.Iterations, c.MeanTCO2e, c.P5TCO2e, c.P95TCO2e, c.StandardErrorTCO2e])))
    {
        Heading = "Convergence du Monte Carlo (bilan net, moyenne courante)",
        Note = "Statistiques des n premiers tirages : la moyenne se stabilise et son erreur type (écart type ÷ √n) diminue quand n augmente ; une erreur type petite devant l'écart P5–P95 indique assez de tirages.",
    };

    private static void AddCharts(ReportModel report, IReadOnlyList<ReportedScenario> scenarios, ReportedScenario main)
    {
        report.AddChart(new ReportChart("scenarios-comparaison", "Bilan net des scénarios, moyenne et intervalle P5–P95",
            ImpactCharts.Comparison([.. scenarios.Select(s => s.Summary)]), ReportSheetOrder.Scenarios));
        if (main.Summary.ByCategory.Any(c => c.AvoidedTCO2e != 0))
            report.AddChart(new ReportChart($"scenario-{main.Stem}-categories", $"« {main.Title} » : émissions évitées par catégorie",
                ImpactCharts.ByCategory(main.Summary), ReportSheetOrder.Scenarios));
        foreach (var s in scenarios)
            report.AddChart(new ReportChart($"scenario-{s.Stem}-distribution", $"« {s.Title} » : distribution Monte Carlo du bilan net",
                ImpactCharts.Distribution(s.Run), ReportSheetOrder.Scenarios));
    }
}
