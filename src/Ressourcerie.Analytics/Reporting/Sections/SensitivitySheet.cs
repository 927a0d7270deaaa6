using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Sensibilité sheet: for each scenario, the one-at-a-time tornado of its net balance (each
/// uncertain factor at its low then its high value, the others typical), sorted by swing, with the
/// factor's source; the tornado chart of the main scenario.
/// </summary>
internal static class SensitivitySheet
{
    public static void Add(ReportModel report, IReadOnlyList<ReportedScenario> scenarios, ReportedScenario main)
    {
        var sheet = report.AddSheet(ReportSheetOrder.Sensibilite, "Sensibilité : quels facteurs font varier le résultat");
        sheet.Paragraph("Analyse un facteur à la fois : chaque facteur incertain est placé à sa valeur basse puis à sa valeur haute (10e et 90e centiles des sources), les autres restant à leur valeur typique ; l'amplitude est l'écart du bilan net entre les deux.")
             .Paragraph("Les facteurs sont triés de la plus grande amplitude à la plus petite : les premiers sont ceux dont une meilleure source réduirait le plus l'incertitude. Les facteurs fixes (sans plage) n'apparaissent pas.");

        sheet.Table(new ReportTable("facteur le plus influent",
            [
                Wrapped("Scénario", 30), Wrapped("Facteur le plus influent", 24), Number("Amplitude (tCO2e)", CellFormat.Decimal2),
                Number("Bilan net, valeurs typiques (tCO2e)", CellFormat.Decimal2), Number("Facteurs incertains", CellFormat.Integer),
            ],
            scenarios.Select(s => (IReadOnlyList<CellValue>)
            [
                s.Title, s.Summary.Tornado.Count > 0 ? FactorLabels.Readable(s.Summary.Tornado[0].Factor, s.Summary.Tornado[0].Label) : "aucun facteur incertain",
                s.Summary.Tornado.Count > 0 ? s.Summary.Tornado[0].SwingTCO2e : CellValue.Empty,
                s.Summary.ByLever.NetTCO2e, s.Summary.Tornado.Count,
            ]))
        { Heading = "Le facteur qui pèse le plus, par scénario" });

        foreach (var s in scenarios)
            sheet.Table(new ReportTable($"{s.Key} sensibilite",
                [
                    Wrapped("Facteur", 30), Wrapped("Unité", 24), Number("Valeur basse", CellFormat.General),
                    Number("Valeur typique", CellFormat.General), Number("Valeur haute", CellFormat.General),
                    Number("Bilan net, facteur bas (tCO2e)", CellFormat.Decimal2), Number("Bilan net, facteur haut (tCO2e)", CellFormat.Decimal2),
                    Number("Amplitude (tCO2e)", CellFormat.Decimal2), new TableColumn("Identifiant"),
                ],
                s.Summary.Tornado.Select(b => (IReadOnlyList<CellValue>)[FactorLabels.Readable(b.Factor, b.Label), b.Unit, b.Low, b.Typical, b.High, b.NetAtLowTCO2e, b.NetAtHighTCO2e, b.SwingTCO2e, b.Factor]))
            {
                Heading = $"Scénario « {s.Title} » : sensibilité du bilan net ({TonnesText.Amount(s.Summary.ByLever.NetTCO2e)} aux valeurs typiques)",
                Note = "Sources des valeurs basse, typique et haute : feuille Hypothèses et sources (même identifiant).",
                EmptyText = "Aucun facteur incertain : le résultat ne dépend d'aucune plage.",
            });

        if (main.Summary.Tornado.Count > 0)
            report.AddChart(new ReportChart($"sensibilite-{main.Stem}-tornade", $"« {main.Title} » : sensibilité du bilan net à chaque facteur",
                ImpactCharts.Tornado(main.Summary), ReportSheetOrder.Sensibilite));
    }

    // Bounded columns keep the sheet's tables within an A4 landscape page at a legible scale: long
    // factor labels wrap, numbers keep their width and their headers wrap above them.
    private static TableColumn Wrapped(string header, double maxWidth) => new(header, Wrap: true, MaxWidth: maxWidth);

    private static TableColumn Number(string header, CellFormat format) => new(header, format, MaxWidth: 14);
}
