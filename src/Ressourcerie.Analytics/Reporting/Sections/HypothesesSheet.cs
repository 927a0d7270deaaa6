using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Reporting.Excel;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Hypothèses et sources sheet: how the model counts, how uncertainty is drawn, then every value
/// any scenario used (general parameters, then per category), with its range, status and source,
/// whether a scenario replaced it and the source it replaced; categories without a factor have
/// their row with the reason. Every amount of the Scénarios sheet is traceable to a row here. Last,
/// the « large museum » quote recomputed with the per-capita footprint used.
/// </summary>
internal static class HypothesesSheet
{
    public static void Add(ReportModel report, IReadOnlyList<ReportedScenario> scenarios)
    {
        var sheet = report.AddSheet(ReportSheetOrder.HypothesesEtSources, "Hypothèses et sources");
        var libraries = scenarios.Select(s => s.Summary.FactorLibrary).Distinct().ToList();
        sheet.Paragraph($"Bibliothèque de facteurs : {string.Join(", ", libraries)} (ADEME, Boavizta, EcoDiag), avec les surcharges des scénarios. Valeur utilisée : valeur typique, celle du calcul aux valeurs typiques et la médiane des tirages.")
             .Paragraph("Achats évités : unités prêtées × part des prêts qui ont lieu × empreinte de fabrication d'une unité neuve (fabrication et distribution, fin de vie exclue).")
             .Paragraph("Allongement de la durée de vie : parc en service × horizon × (1/L − 1/L′) × empreinte de fabrication, L étant la durée de vie et L′ = L + allongement.")
             .Paragraph("Achats reconditionnés : (besoins non couverts par un prêt + remplacements du parc, parc × horizon ÷ L′) × part reconditionnée × part de l'empreinte évitée × empreinte de fabrication.")
             .Paragraph("Phase d'usage : surconsommation × consommation annuelle (kWh) × facteur du réseau électrique, pour la part du parc plus âgée que L. Transport : unités prêtées × part des prêts × distance (× 2 pour un aller-retour) × facteur du véhicule utilitaire ÷ équipements par trajet.")
             .Paragraph($"Incertitude : chaque facteur incertain suit une loi log-normale (l'usage en analyse de cycle de vie, base ecoinvent) ajustée pour que sa valeur typique soit la médiane et ses valeurs basse et haute les 10e et 90e centiles, avec une dispersion propre à chaque côté quand la source est asymétrique ; un facteur sans plage est fixe. z₀,₉ = {InText(LognormalFactor.Z90, 4)}.")
             .Paragraph("Statuts : sourcé (valeur publiée) ; estimation (dérivé) : calculé à partir de valeurs sourcées par une hypothèse énoncée ; estimation (substitut) : facteur d'un appareil voisin ; valeur du scénario : surcharge, avec sa source et la source qu'elle remplace ; facteur manquant : catégorie tenue hors des totaux.");

        var rows = FactorRows(scenarios);
        sheet.Table(new ReportTable("parametres generaux", Columns(), rows.Where(r => r.Category is null).Select(r => r.Cells))
        { Heading = "Paramètres généraux : réseau électrique, transport, empreinte par personne, achats reconditionnés" });
        sheet.Table(new ReportTable("facteurs par categorie", Columns(), rows.Where(r => r.Category is not null).Select(r => r.Cells))
        {
            Heading = "Facteurs par catégorie d'équipement",
            Note = "Une ligne par valeur utilisée : une catégorie dont un scénario surcharge un facteur a une ligne pour la valeur de la bibliothèque et une pour celle du scénario.",
        });

        var quote = CarbonEquivalence.LargeMuseumQuote();
        sheet.Table(new ReportTable("citation grand musee",
            [Wrapped("Élément", 13), Number("Valeur"), Wrapped("Unité", 11)],
            [
                ["Empreinte annuelle d'un grand musée (citation courante)", quote.MuseumTonnesCO2e, "tCO2e par an"],
                ["Français équivalents selon la citation", quote.QuotedPeople, "personnes"],
                ["Empreinte par personne que suppose la citation", quote.ImpliedTonnesPerPerson, "tCO2e par personne et par an"],
                ["Empreinte par personne utilisée dans ce rapport", quote.TonnesPerPersonUsed, "tCO2e par personne et par an"],
                ["Français équivalents recalculés", quote.RecomputedPeople, "personnes"],
            ])
        {
            Heading = "La citation « 9 000 tCO2e pour un grand musée = 800 Français », recalculée",
            Note = $"{InText(quote.MuseumTonnesCO2e)} tCO2e ÷ {InText(quote.TonnesPerPersonUsed, 1)} t = {InText(quote.RecomputedPeople)} Français, et non {InText(quote.QuotedPeople)} ({InText(quote.ImpliedTonnesPerPerson, 2)} t par personne). Source : {FactorLibrary.Default.PerCapita.TypicalSource}.",
        });
    }

    /// <summary>
    /// The factor tables' columns, each bounded so that a row (value, range, status, source and
    /// remarks side by side) prints on A4 landscape at 60 % or more: long texts wrap within their
    /// column and the row grows; numbers and identifiers keep their width.
    /// </summary>
    private static TableColumn[] Columns() =>
    [
        Wrapped("Catégorie", 13), Wrapped("Facteur", 16), Wrapped("Unité", 11),
        Number("Valeur utilisée"), Number("Basse (P10)"), Number("Haute (P90)"),
        Wrapped("Statut", 12), new TableColumn("Surchargé par le scénario", MaxWidth: 12.5), Wrapped("Scénarios", 12), new TableColumn("Identifiant"),
        Wrapped("Correspondance", 15), Wrapped("Source", 22), Wrapped("Source remplacée", 14), Wrapped("Remarque", 15),
    ];

    private static TableColumn Wrapped(string header, double maxWidth) => new(header, Wrap: true, MaxWidth: maxWidth);

    private static TableColumn Number(string header) => new(header, CellFormat.General, MaxWidth: 11);

    /// <summary>
    /// One row per distinct value used (id, value, range, status and source), naming the scenarios
    /// that used it; then one row per category without a factor, with the reason.
    /// </summary>
    private static List<(string? Category, IReadOnlyList<CellValue> Cells)> FactorRows(IReadOnlyList<ReportedScenario> scenarios)
    {
        var used = new List<(FactorUsed Factor, List<string> Scenarios)>();
        foreach (var s in scenarios)
            foreach (var factor in s.Run.Result.Factors)
            {
                var same = used.FindIndex(u => u.Factor == factor);
                if (same >= 0) used[same].Scenarios.Add(s.Title);
                else used.Add((factor, [s.Title]));
            }

        string Who(List<string> names) => names.Count == scenarios.Count && scenarios.Count > 1 ? "tous" : string.Join(", ", names);
        var rows = used
            .OrderBy(u => u.Factor.CategoryId is null ? "" : EquipmentTaxonomy.FrenchLabel(u.Factor.CategoryId), StringComparer.Ordinal)
            .ThenBy(u => u.Factor.Overridden)
            .Select(u => (Category: u.Factor.CategoryId, Cells: (IReadOnlyList<CellValue>)
            [
                CellValue.Of(u.Factor.CategoryId is { } c ? EquipmentTaxonomy.FrenchLabel(c) : null), FactorLabels.Readable(u.Factor.FactorId, u.Factor.LabelFr), u.Factor.Unit,
                u.Factor.ValueUsed, u.Factor.Low, u.Factor.High, u.Factor.Status.French(), u.Factor.Overridden ? "oui" : "non",
                Who(u.Scenarios), u.Factor.FactorId, u.Factor.Mapping, u.Factor.Source, u.Factor.ReplacedSource, u.Factor.Note,
            ]))
            .ToList();

        foreach (var missing in ImpactSection.MissingCategories(scenarios))
        {
            var concerned = scenarios.Where(s => s.Summary.MissingFactors.Any(m => m.Category == missing.Category)).Select(s => s.Title).ToList();
            rows.Add((missing.Category,
            [
                missing.Label, FactorLabels.Readable(missing.Category, missing.Label), "kgCO2e/unité", CellValue.Empty, CellValue.Empty, CellValue.Empty, missing.Status, "non",
                Who(concerned), missing.Category, CellValue.Empty, missing.Reason, CellValue.Empty,
                "Catégorie tenue hors des totaux : ses unités sont listées dans la feuille Scénarios, jamais comptées pour zéro.",
            ]));
        }
        // Each category's rows together, missing ones among the others in label order (the sort is stable).
        return [.. rows.OrderBy(r => r.Cells[0].Text ?? "", StringComparer.Ordinal)];
    }
}
