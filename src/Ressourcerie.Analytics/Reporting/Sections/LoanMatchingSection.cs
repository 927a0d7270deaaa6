using System.Globalization;
using MathNet.Numerics.Statistics;
using Microsoft.Data.Analysis;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Excel;
using ScottPlot;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Appariements sheet: the loan matching shared with the scenarios (<see cref="ReportData.Matching"/>)
/// with its parameters and whether it is proven optimal in a sentence, the coverage by region, the
/// unmet needs by reason, every loan (lender and borrower by id and name, category, quantity,
/// distance, period, project) and every unmet need with its reason on « Appariements (détail) »
/// (streamed when large), so that the summary sheet stays narrow enough for its map of the loans
/// (overseas loans listed in a box and on the sheet) to be seen beside its tables.
/// </summary>
public sealed class LoanMatchingSection : IReportSection
{
    public const string DetailSheetName = "Appariements (détail)";

    /// <summary>Above this many loan and unmet rows together, the detail sheet is streamed.</summary>
    public const int StreamingThreshold = 20_000;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public void Contribute(ReportContext context, ReportModel report)
    {
        var data = context.Data;
        var run = data.Matching(context.Options);
        var result = run.Result;
        var byId = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var institution in data.Institutions) byId.TryAdd(institution.Id, institution);
        long needUnits = result.UnitsLent + (long)result.UnitsUnmet;
        double coverage = needUnits == 0 ? 0 : (double)result.UnitsLent / needUnits;
        double? medianKm = result.Loans.Count == 0 ? null : result.Loans.Select(l => l.DistanceKm).Median();

        var sheet = report.AddSheet(ReportSheetOrder.Appariements, "Appariements : prêts de matériel dormant aux besoins d'autres établissements");
        sheet.Paragraph(ParametersSentence(run.Options))
             .Paragraph(OptimalitySentence(run.Diagnostics))
             .Paragraph(needUnits == 0
                 ? "Aucun besoin à couvrir."
                 : $"{InText(result.UnitsLent)} unités sur {InText(needUnits)} demandées seraient couvertes par {InText(result.Loans.Count)} prêts ({PercentInText(coverage)})" +
                   (medianKm is { } km ? $", à {InText(km)} km en médiane (à vol d'oiseau)." : "."));

        sheet.Table(new ReportTable(
            "parametres de l appariement",
            [TableColumn.Wrapped("Paramètre", 40), TableColumn.Wrapped("Valeur", 40)],
            ParameterRows(run))
        { Heading = "Paramètres et résolution" });
        sheet.FrozenTable = 0;

        sheet.Table(DataFrameTable.Create("appariements par region", MatchingSummary.ByRegion(result, data.Institutions),
            new Dictionary<string, CellFormat> { ["Taux de couverture"] = CellFormat.Percent },
            heading: "Par région",
            note: "Besoins et unités couvertes : région de l'emprunteur ; unités prêtées : région du prêteur.",
            emptyText: "Aucun besoin à couvrir."));

        var reasons = UnmetByReason(run);
        sheet.Table(new ReportTable(
            "besoins non couverts par motif",
            [TableColumn.Wrapped("Motif", 40), TableColumn.Number("Besoins", CellFormat.Integer), TableColumn.Number("Unités non couvertes", CellFormat.Integer)],
            reasons.Select(r => (IReadOnlyList<CellValue>)[ReasonLabel(r.Reason, run.Options), r.Needs, r.Units]))
        { Heading = "Besoins non couverts, par motif", EmptyText = "Tous les besoins sont couverts." });

        var overseas = OverseasLoans(result, byId);
        if (overseas.Count > 0)
            sheet.Paragraph($"Prêts hors de la carte (outre-mer) : {string.Join(" ; ", overseas.Select(o => o.Text))}.");

        sheet.Paragraph($"Chaque prêt ({InText(result.Loans.Count)}) et chaque besoin non couvert ({InText(result.Unmet.Count)}), avec son motif, est listé dans la feuille « {DetailSheetName} ».");
        var detail = new ReportSheet(DetailSheetName, "Appariements : chaque prêt et chaque besoin non couvert");
        detail.Paragraph("Prêteur et emprunteur par identifiant et par nom ; distance à vol d'oiseau entre les deux établissements ; période du besoin couvert.")
              .Table(LoansTable(result, data.Institutions))
              .Table(UnmetTable(result, byId));
        detail.FrozenTable = 0;
        detail.Streamed = result.Loans.Count + result.Unmet.Count > StreamingThreshold;
        report.AddSheet(ReportSheetOrder.Appariements, detail);

        AddMap(report, result, data.Institutions);
        AddFigures(report, run, needUnits, coverage, medianKm, reasons);
        WriteJson(report, run, needUnits, coverage, medianKm, reasons, data.Institutions);
    }

    public static string ObjectiveLabel(MatchingOptions options) => options.Objective switch
    {
        MatchingObjective.MaximiseNeedsMet => "couvrir le plus d'unités possible, puis au plus près",
        _ => $"la plus faible distance totale, une unité non couverte comptant pour {InText(options.UnmetPenaltyKm ?? options.MaxDistanceKm)} km",
    };

    public static string ParametersSentence(MatchingOptions options) =>
        $"Appariement du matériel dormant (règle de la feuille Stock dormant : en stock, ou en service et utilisé au plus {options.Idle.MaxMonthsUsedPerYear.ToString("0.#", French)} mois par an) " +
        $"aux besoins d'autres établissements de la même catégorie, à {InText(options.MaxDistanceKm)} km au plus (à vol d'oiseau), " +
        $"avec {InText(options.TransportBufferDays)} jour{(options.TransportBufferDays > 1 ? "s" : "")} libre{(options.TransportBufferDays > 1 ? "s" : "")} entre deux prêts d'un même matériel (transport, vérification) ; " +
        $"objectif : {ObjectiveLabel(options)}.";

    public static string OptimalitySentence(MatchingDiagnostics diagnostics) => diagnostics.IsProvenOptimal
        ? $"Le résultat est prouvé optimal : les {InText(diagnostics.SubProblems)} sous-problèmes indépendants (par catégorie et par groupe de besoins liés) ont tous été résolus exactement."
        : $"Le résultat n'est pas prouvé optimal : {InText(diagnostics.HeuristicSubProblems)} des {InText(diagnostics.SubProblems)} sous-problèmes indépendants, trop grands pour une résolution exacte, " +
          "ont été résolus par affectation gloutonne améliorée par recherche locale ; les autres l'ont été exactement.";

    private static IEnumerable<IReadOnlyList<CellValue>> ParameterRows(LoanMatchingRun run)
    {
        var options = run.Options;
        var d = run.Diagnostics;
        yield return ["Distance maximale (km, à vol d'oiseau)", CellValue.Of(options.MaxDistanceKm, CellFormat.Integer)];
        yield return ["Jours libres entre deux prêts", CellValue.Integer(options.TransportBufferDays)];
        yield return ["Objectif", ObjectiveLabel(options)];
        yield return ["Dormant si utilisé au plus (mois par an)", CellValue.Of(options.Idle.MaxMonthsUsedPerYear, CellFormat.Decimal)];
        yield return ["Unités dormantes", CellValue.Integer(d.IdleUnits)];
        yield return ["dont non prêtables (sans coordonnées)", CellValue.Integer(d.IdleUnitsNotLendable)];
        yield return ["Unités demandées", CellValue.Integer(d.NeedUnits)];
        yield return ["Sous-problèmes indépendants", CellValue.Integer(d.SubProblems)];
        yield return ["résolus exactement", CellValue.Integer(d.ExactSubProblems)];
        yield return ["résolus par heuristique", CellValue.Integer(d.HeuristicSubProblems)];
        yield return ["Résultat prouvé optimal", d.IsProvenOptimal ? "oui" : "non"];
    }

    private static ReportTable LoansTable(MatchingResult result, IReadOnlyList<Institution> institutions) =>
        DataFrameTable.Create("prets", WithFrenchCategories(MatchingSummary.Loans(result, institutions)),
            heading: "Prêts proposés", emptyText: "Aucun prêt possible avec ces paramètres.");

    private static ReportTable UnmetTable(MatchingResult result, Dictionary<string, Institution> byId)
    {
        var unmet = WithFrenchCategories(MatchingSummary.Unmet(result));
        unmet.Columns.Insert(1, new StringDataFrameColumn("Nom de l'établissement", result.Unmet.Select(u => byId.GetValueOrDefault(u.Need.InstitutionId)?.Name ?? "")));
        // The loans table above shares the sheet's columns: the long texts (name, project, reason)
        // are put where the loans have theirs (names in 2 and 4, project in 10), so that no column
        // of short values is stretched.
        string[] order = ["Établissement", "Nom de l'établissement", "Catégorie", "Projet", "Quantité demandée", "Quantité non couverte", "Début", "Fin", "Source", "Motif"];
        var frame = new DataFrame(order.Select(name => unmet.Columns[name]));
        return DataFrameTable.Create("besoins non couverts", frame,
            heading: "Besoins non couverts (en tout ou en partie)", emptyText: "Tous les besoins sont couverts.", wrapped: new HashSet<string> { "Motif" });
    }

    /// <summary>The frame with the French category label under « Catégorie » (the id, for scripts, is left to the notebooks).</summary>
    private static DataFrame WithFrenchCategories(DataFrame frame)
    {
        frame.Columns.Remove("Catégorie");
        frame.Columns["Libellé catégorie"].SetName("Catégorie");
        return frame;
    }

    private sealed record ReasonCount(UnmetReason Reason, int Needs, long Units);

    private static IReadOnlyList<ReasonCount> UnmetByReason(LoanMatchingRun run) =>
    [
        .. run.Result.Unmet.Zip(run.UnmetReasons)
            .GroupBy(p => p.Second)
            .Select(g => new ReasonCount(g.Key, g.Count(), g.Sum(p => (long)p.First.QuantityUnmet)))
            .OrderByDescending(r => r.Units).ThenBy(r => r.Reason),
    ];

    public static string ReasonLabel(UnmetReason reason, MatchingOptions options) => reason switch
    {
        UnmetReason.NoIdleItemInCategory => "aucun matériel dormant de cette catégorie dans un autre établissement",
        UnmetReason.NoneWithinDistance => $"aucun matériel dormant de cette catégorie à moins de {InText(options.MaxDistanceKm)} km",
        UnmetReason.AllBusyInPeriod => "le matériel dormant proche est déjà prêté pendant la période",
        UnmetReason.NotWorthTheDistance => "prêt possible mais trop lointain au regard de l'objectif",
        UnmetReason.UnknownInstitution => "établissement absent de la liste des établissements",
        UnmetReason.NoCoordinates => "établissement sans coordonnées",
        _ => "période invalide (début après la fin)",
    };

    private static string ReasonKey(UnmetReason reason) => reason switch
    {
        UnmetReason.NoIdleItemInCategory => "no_idle_item_in_category",
        UnmetReason.NoneWithinDistance => "none_within_distance",
        UnmetReason.AllBusyInPeriod => "all_busy_in_period",
        UnmetReason.NotWorthTheDistance => "not_worth_the_distance",
        UnmetReason.UnknownInstitution => "unknown_institution",
        UnmetReason.NoCoordinates => "no_coordinates",
        _ => "invalid_period",
    };

    private sealed record OverseasGroup(string Region, int Loans, long Units, string Text);

    /// <summary>Loans with an end off the metropolitan map, by the borrower's region.</summary>
    private static IReadOnlyList<OverseasGroup> OverseasLoans(MatchingResult result, Dictionary<string, Institution> byId)
    {
        bool OnMap(string id) => byId.TryGetValue(id, out var i) && i.Location is { } p && LoanMapChart.IsOnMap(p.Latitude, p.Longitude);
        return
        [
            .. result.Loans.Where(l => !OnMap(l.LenderInstitutionId) || !OnMap(l.BorrowerInstitutionId))
                .GroupBy(l => byId.GetValueOrDefault(l.BorrowerInstitutionId)?.Region ?? "région inconnue", StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Create(French, false))
                .Select(g => new OverseasGroup(g.Key, g.Count(), g.Sum(l => (long)l.Quantity),
                    $"{g.Key} : {InText(g.Count())} prêt{(g.Count() > 1 ? "s" : "")}, {InText(g.Sum(l => (long)l.Quantity))} unités (" +
                    string.Join(", ", g.Select(l => $"{l.LenderInstitutionId} → {l.BorrowerInstitutionId}").Distinct(StringComparer.Ordinal)) + ")")),
        ];
    }

    private static void AddMap(ReportModel report, MatchingResult result, IReadOnlyList<Institution> institutions) =>
        report.AddChart(new ReportChart(
            "appariements-carte-des-prets",
            "Carte des prêts proposés entre établissements (métropole ; outre-mer dans l'encadré)",
            LoanMap(result, institutions),
            ReportSheetOrder.Appariements));

    /// <summary>
    /// The loans on the map of metropolitan France: lender → borrower lines, institutions sized by
    /// the units they lent or received; loans with an overseas end summed by region in a box.
    /// </summary>
    public static Plot LoanMap(MatchingResult result, IReadOnlyList<Institution> institutions)
    {
        var byId = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var institution in institutions) byId.TryAdd(institution.Id, institution);
        var overseas = OverseasLoans(result, byId);
        var lent = new Dictionary<string, long>(StringComparer.Ordinal);
        var received = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var loan in result.Loans)
        {
            lent[loan.LenderInstitutionId] = lent.GetValueOrDefault(loan.LenderInstitutionId) + loan.Quantity;
            received[loan.BorrowerInstitutionId] = received.GetValueOrDefault(loan.BorrowerInstitutionId) + loan.Quantity;
        }
        var located = byId.Values.Where(i => i.Location is not null).ToList();
        var points = located.Select(i =>
        {
            bool lends = lent.ContainsKey(i.Id), borrows = received.ContainsKey(i.Id);
            string role = lends && borrows ? LoanMapChart.BothRoles : lends ? LoanMapChart.LenderRole : borrows ? LoanMapChart.BorrowerRole : LoanMapChart.NoLoanRole;
            return (role, i.Location!.Value.Latitude, i.Location!.Value.Longitude, (double)(lent.GetValueOrDefault(i.Id) + received.GetValueOrDefault(i.Id)));
        }).ToList();
        var location = located.ToDictionary(i => i.Id, i => i.Location!.Value, StringComparer.Ordinal);
        var links = result.Loans
            .Where(l => location.ContainsKey(l.LenderInstitutionId) && location.ContainsKey(l.BorrowerInstitutionId))
            .GroupBy(l => (l.LenderInstitutionId, l.BorrowerInstitutionId))
            .OrderBy(g => g.Key.LenderInstitutionId, StringComparer.Ordinal).ThenBy(g => g.Key.BorrowerInstitutionId, StringComparer.Ordinal)
            .Select(g =>
            {
                var from = location[g.Key.LenderInstitutionId];
                var to = location[g.Key.BorrowerInstitutionId];
                return (from.Latitude, from.Longitude, to.Latitude, to.Longitude, (double)g.Sum(l => l.Quantity));
            })
            .ToList();
        string? note = overseas.Count == 0 ? null
            : "Outre-mer, hors carte :\n" + string.Join("\n", overseas.Select(o => $"{o.Region} : {o.Loans} prêt{(o.Loans > 1 ? "s" : "")}, {FrenchNumberFormat.Format(o.Units, 0)} unités"));
        return LoanMapChart.Create("Prêts proposés entre établissements", points, links, note);
    }

    private static void AddFigures(ReportModel report, LoanMatchingRun run, long needUnits, double coverage, double? medianKm, IReadOnlyList<ReasonCount> reasons)
    {
        const ReportSheetOrder sheet = ReportSheetOrder.Appariements;
        var result = run.Result;
        report.AddKeyFigure(new KeyFigure("loans", "Prêts proposés", result.Loans.Count, CellFormat.Integer, sheet));
        report.AddKeyFigure(new KeyFigure("units_lent", "Unités prêtées", result.UnitsLent, CellFormat.Integer, sheet));
        report.AddKeyFigure(new KeyFigure("need_units_unmet", "Unités demandées non couvertes", result.UnitsUnmet, CellFormat.Integer, sheet));
        report.AddKeyFigure(new KeyFigure("need_units_met_share", "Part des unités demandées couvertes par un prêt", coverage, CellFormat.Percent, sheet));
        if (medianKm is { } km)
            report.AddKeyFigure(new KeyFigure("median_loan_distance_km", "Distance médiane d'un prêt", km, CellFormat.Decimal, sheet, "km"));
        if (needUnits == 0) return;

        report.AddFinding(sheet,
            $"Le matériel dormant couvrirait {PercentInText(coverage)} des unités demandées ({InText(result.UnitsLent)} sur {InText(needUnits)}) par {InText(result.Loans.Count)} prêts" +
            (medianKm is { } median ? $" à {InText(median)} km en médiane" : "") + $", dans un rayon de {InText(run.Options.MaxDistanceKm)} km.");
        if (reasons.Count > 0)
        {
            var main = reasons[0];
            report.AddFinding(sheet,
                $"Principal motif des {InText(result.UnitsUnmet)} unités non couvertes : {ReasonLabel(main.Reason, run.Options)} ({InText(main.Units)} unités, {InText(main.Needs)} besoins).");
        }
        report.AddFinding(sheet, run.Diagnostics.IsProvenOptimal
            ? "Cet appariement est prouvé optimal pour les paramètres retenus."
            : $"Cet appariement est une bonne solution non prouvée optimale ({InText(run.Diagnostics.HeuristicSubProblems)} sous-problèmes sur {InText(run.Diagnostics.SubProblems)} résolus par heuristique).");
    }

    private static void WriteJson(ReportModel report, LoanMatchingRun run, long needUnits, double coverage, double? medianKm, IReadOnlyList<ReasonCount> reasons, IReadOnlyList<Institution> institutions)
    {
        var result = run.Result;
        var options = run.Options;
        var d = run.Diagnostics;
        var json = report.Summary.Section("appariements");
        json.Section("parameters")
            .Set("max_distance_km", options.MaxDistanceKm).Set("transport_buffer_days", (long)options.TransportBufferDays)
            .Set("objective", options.Objective == MatchingObjective.MaximiseNeedsMet ? "maximise_needs_met" : "minimise_distance")
            .Set("idle_max_months_used_per_year", options.Idle.MaxMonthsUsedPerYear);
        json.Section("diagnostics")
            .Set("proven_optimal", d.IsProvenOptimal).Set("sub_problems", (long)d.SubProblems).Set("exact_sub_problems", (long)d.ExactSubProblems)
            .Set("heuristic_sub_problems", (long)d.HeuristicSubProblems).Set("idle_units", d.IdleUnits).Set("idle_units_not_lendable", d.IdleUnitsNotLendable);
        json.Set("loans", (long)result.Loans.Count).Set("units_lent", (long)result.UnitsLent).Set("need_units", needUnits)
            .Set("units_unmet", (long)result.UnitsUnmet).Set("coverage", coverage).Set("total_distance_km_units", result.TotalDistanceKm);
        if (medianKm is { } km) json.Set("median_distance_km", km);
        json.Set("unmet_by_reason", reasons.Select(r => new SummaryJson().Set("reason", ReasonKey(r.Reason)).Set("needs", (long)r.Needs).Set("units", r.Units)));
        var byRegion = MatchingSummary.ByRegion(result, institutions);
        json.Set("by_region", Enumerable.Range(0, (int)byRegion.Rows.Count).Select(r => new SummaryJson()
            .Set("region", (string)byRegion["Région"][r]!)
            .Set("need_units", (long)byRegion["Besoins (unités)"][r]!)
            .Set("units_met", (long)byRegion["Unités couvertes par prêt"][r]!)
            .Set("units_lent_out", (long)byRegion["Unités prêtées par la région"][r]!)));
    }
}
