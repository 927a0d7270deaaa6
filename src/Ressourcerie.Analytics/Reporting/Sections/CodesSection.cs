using Ressourcerie.Analytics.Interviews;
using Ressourcerie.Analytics.Interviews.CoOccurrence;
using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Excel;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Codes et co-occurrences sheet: the codebook with each code's counts (alone and with its
/// sub-codes), the pairs of codes applied to the same or overlapping passages with ATLAS.ti's
/// c-coefficient, and a heatmap of the co-occurrences of the most frequent codes. Nothing is
/// written when the study has no interviews.
/// </summary>
public sealed class CodesSection : IReportSection
{
    /// <summary>Codes on the heatmap: beyond about fifteen, cell values become unreadable on a slide.</summary>
    public const int HeatmapCodes = 15;

    private const ReportSheetOrder Sheet = ReportSheetOrder.CodesEtCooccurrences;

    public void Contribute(ReportContext context, ReportModel report)
    {
        if (context.Data.Codings is not { } codings) return;
        var analysis = ReportInterviews.Analyse(codings, context.Data.Institutions);
        var frequencies = analysis.CodeFrequencies();
        var cooccurrence = analysis.CoOccurrence();
        // The analysis lists pairs in codebook order: the strongest first reads better.
        var pairs = cooccurrence.Pairs.OrderByDescending(p => p.Count).ThenByDescending(p => p.CCoefficient).ToList();

        var sheet = report.AddSheet(Sheet, "Codes et co-occurrences");
        sheet.Paragraph($"La grille de codage compte {InText(frequencies.Rows.Count)} codes, dont {InText(frequencies.Rows.Count(r => r.Segments > 0))} appliqués ; {InText(pairs.Count)} paires de codes apparaissent ensemble au moins une fois.")
             .Paragraph("« Propre » compte les passages codés avec le code lui-même ; « avec sous-codes » ajoute ceux de ses sous-codes (un passage compte une fois). " +
                        "Deux codes co-occurrent quand ils sont appliqués au même passage ou à deux passages d'un entretien qui se recouvrent.")
             .Paragraph("Le coefficient c (ATLAS.ti) rapporte les co-occurrences au nombre de passages portant l'un ou l'autre code : c = n12 / (n1 + n2 − n12), de 0 (jamais ensemble) à 1 (toujours ensemble).");

        sheet.Table(new ReportTable(
            "livre de codes",
            [
                TableColumn.Wrapped("Code", 36), TableColumn.Wrapped("Description", 40), TableColumn.Number("Niveau", CellFormat.Integer),
                TableColumn.Number("Segments (propre)", CellFormat.Integer), TableColumn.Number("Entretiens (propre)", CellFormat.Integer),
                TableColumn.Number("% des entretiens (propre)", CellFormat.Percent),
                TableColumn.Number("Segments (avec sous-codes)", CellFormat.Integer), TableColumn.Number("Entretiens (avec sous-codes)", CellFormat.Integer),
                TableColumn.Number("% des entretiens (avec sous-codes)", CellFormat.Percent),
            ],
            frequencies.Rows.Select(r => (IReadOnlyList<CellValue>)
            [
                r.Code, codings.Codebook.Find(r.Code)?.Description, r.Depth + 1, r.Segments, r.Interviews, CellValue.Percent(r.InterviewPercent / 100),
                r.SegmentsWithSubcodes, r.InterviewsWithSubcodes, CellValue.Percent(r.InterviewPercentWithSubcodes / 100),
            ]))
        { Heading = "Livre de codes et fréquences (ordre de la grille)", EmptyText = "La grille de codage est vide." });

        sheet.Table(new ReportTable(
            "cooccurrences",
            [
                TableColumn.Wrapped("Code A", 36), TableColumn.Wrapped("Code B", 40), TableColumn.Number("Co-occurrences", CellFormat.Integer),
                TableColumn.Number("Passages du code A", CellFormat.Integer), TableColumn.Number("Passages du code B", CellFormat.Integer),
                TableColumn.Number("Coefficient c", CellFormat.Decimal2),
            ],
            pairs.Select(p => (IReadOnlyList<CellValue>)[p.CodeA, p.CodeB, p.Count, p.GroundednessA, p.GroundednessB, CellValue.Of(p.CCoefficient, CellFormat.Decimal2)]))
        {
            Heading = "Paires de codes qui apparaissent ensemble (les plus fréquentes d'abord)",
            Note = "Quand des passages se recouvrent, les co-occurrences peuvent dépasser le nombre de passages d'un code, et c dépasser 1 (ATLAS.ti signale le même effet).",
            EmptyText = "Aucune paire de codes n'apparaît sur un même passage.",
        });

        AddHeatmap(report, cooccurrence);
        AddFindings(report, pairs);
    }

    private static void AddHeatmap(ReportModel report, CoOccurrenceTable table)
    {
        var order = table.Codes.Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i, StringComparer.Ordinal);
        var top = table.Codes.OrderByDescending(c => table.Groundedness[c]).ThenBy(c => order[c]).Take(HeatmapCodes).OrderBy(c => order[c]).ToList();
        if (top.Count < 2 || !table.Pairs.Any(p => top.Contains(p.CodeA) && top.Contains(p.CodeB))) return;
        var values = new double[top.Count, top.Count];
        for (int r = 0; r < top.Count; r++)
            for (int c = 0; c < top.Count; c++)
                // Empty cells for "never together" (and the diagonal) so that the pairs that matter stand out.
                values[r, c] = r == c ? double.NaN : table.Find(top[r], top[c])?.Count is > 0 and var count ? count : double.NaN;
        // 28 characters: the heatmap writes longer row labels on two lines, which overlap at fifteen rows.
        var labels = CodeChartLabels.For(top, maxLength: 28);
        string title = table.Codes.Count > HeatmapCodes ? $"Co-occurrences des {top.Count} codes les plus fréquents" : "Co-occurrences des codes";
        var plot = HeatmapChart.Create(title, labels, labels, values, "Passages en commun");
        foreach (var colorBar in plot.Axes.GetPanels().OfType<ScottPlot.Panels.ColorBar>())
            colorBar.Axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true, LabelFormatter = Tick };
        report.AddChart(new ReportChart(
            "codes-cooccurrences",
            $"{title} : nombre de passages où les deux codes se rencontrent (case vide : jamais ensemble)",
            plot,
            Sheet));
    }

    private static void AddFindings(ReportModel report, IReadOnlyList<CodeCoOccurrence> pairs)
    {
        var strongest = pairs.FirstOrDefault();
        if (strongest is null) return;
        report.AddFinding(Sheet,
            $"Les codes « {strongest.CodeA} » et « {strongest.CodeB} » vont le plus souvent ensemble : {InText(strongest.Count)} passages en commun " +
            $"(coefficient c = {Format(strongest.CCoefficient, 2).Replace(ThousandsSeparator, '\u00A0')}).");
        report.Summary.Section("entretiens").Set("top_cooccurrences", pairs.Take(10).Select(p => new SummaryJson()
            .Set("code_a", p.CodeA).Set("code_b", p.CodeB).Set("count", (long)p.Count).Set("c_coefficient", double.IsFinite(p.CCoefficient) ? p.CCoefficient : 0)));
    }
}
