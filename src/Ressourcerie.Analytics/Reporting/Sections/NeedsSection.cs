using System.Globalization;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Reporting.Charts;
using Ressourcerie.Analytics.Reporting.Excel;
using ScottPlot;
using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// The Besoins et clusters sheet: the needs by category, by quarter and month, by institution type;
/// then the clustering of institutions by their needs (<see cref="NeedsClustering"/>, seeded with the
/// report's seed): the k kept and the silhouette of every k tried, each cluster with its size, members,
/// top categories and a French description, each institution's cluster and place on the PCA plane;
/// two charts (the plane, the silhouette by k).
/// </summary>
public sealed class NeedsSection : IReportSection
{
    /// <summary>Above this many institutions the scatter's points are not labelled (they would be unreadable).</summary>
    private const int MaxLabelledPoints = 150;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public void Contribute(ReportContext context, ReportModel report)
    {
        var data = context.Data;
        var byId = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var institution in data.Institutions) byId.TryAdd(institution.Id, institution);
        var needs = data.Needs.Where(n => n.Quantity > 0).ToList();
        long units = needs.Sum(n => (long)n.Quantity);
        int holders = needs.Select(n => n.InstitutionId).Distinct(StringComparer.Ordinal).Count();

        var sheet = report.AddSheet(ReportSheetOrder.BesoinsEtClusters, "Besoins en matériel et profils d'établissements");
        sheet.Paragraph($"{InText(needs.Count)} besoins exprimés, soit {InText(units)} unités demandées par {InText(holders)} établissements pour des expositions ou événements datés.")
             .Paragraph("Unités mobilisées par jour : unités demandées × jours de besoin dans la période, divisées par le nombre de jours de la période (le niveau moyen de la demande).");

        var byCategory = needs.GroupBy(n => n.CategoryId, StringComparer.Ordinal)
            .Select(g => (Category: g.Key, Needs: g.Count(), Units: g.Sum(n => (long)n.Quantity), UnitDays: g.Sum(n => (long)n.Quantity * n.Days),
                Institutions: g.Select(n => n.InstitutionId).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(c => c.Units).ThenBy(c => c.Category, StringComparer.Ordinal).ToList();
        sheet.Table(new ReportTable(
            "besoins par categorie",
            [
                Label("Catégorie"), Wrapped("Famille", 16), Number("Besoins", CellFormat.Integer), Number("Unités demandées", CellFormat.Integer),
                Number("Part des unités", CellFormat.Percent), Number("Unités-jours", CellFormat.Integer), Number("Établissements", CellFormat.Integer),
            ],
            byCategory.Select(c => (IReadOnlyList<CellValue>)
            [
                EquipmentTaxonomy.FrenchLabel(c.Category), InventoryAnalysis.FamilyOf(c.Category), c.Needs, c.Units,
                CellValue.Percent(units == 0 ? null : (double)c.Units / units), c.UnitDays, c.Institutions,
            ]))
        { Heading = "Besoins par catégorie", EmptyText = "Aucun besoin exprimé (fichier besoins absent ou vide)." });
        sheet.FrozenTable = 0;

        var quarters = NeedPeriods.ByQuarter(needs);
        sheet.Table(PeriodTable("besoins par trimestre", "Trimestre", quarters, "Besoins par trimestre",
            "Besoins, unités demandées et établissements : comptés à la période où le besoin commence ; unités mobilisées par jour : sur toute la durée du besoin."));
        sheet.Table(PeriodTable("besoins par mois", "Mois", NeedPeriods.ByMonth(needs), "Besoins par mois", null));

        sheet.Table(TypeTable(needs, data.Institutions, byId));

        var clustering = Cluster(context, needs);
        if (clustering.Result is { } result)
        {
            var descriptions = ClusterDescription.Describe(result, needs, data.Institutions);
            AddClusterTables(sheet, result, descriptions, needs, byId);
            AddCharts(report, result, descriptions);
            AddFigures(report, result, descriptions, byCategory.Count > 0 ? byCategory[0] : default, units, needs.Count, holders, quarters);
            WriteJson(report, result, descriptions);
        }
        else
        {
            sheet.Paragraph($"Regroupement des établissements impossible : {clustering.Error}");
            sheet.Table(new ReportTable("groupes de besoins", [new TableColumn("Groupe"), new TableColumn("Description")], [])
            { Heading = "Profils de besoins (groupes)", EmptyText = $"Pas de regroupement : {clustering.Error}" });
            report.AddFinding(ReportSheetOrder.BesoinsEtClusters, $"Les établissements n'ont pas pu être regroupés par profil de besoins : {clustering.Error}");
            report.Summary.Section("clusters").Set("k", 0L).Set("error", clustering.Error);
            AddNeedFigures(report, byCategory.Count > 0 ? byCategory[0] : default, units, needs.Count, holders, quarters);
        }
        report.Summary.Section("besoins").Set("needs", (long)needs.Count).Set("units", units).Set("institutions", (long)holders)
            .Set("by_category", byCategory.Select(c => new SummaryJson().Set("category", c.Category).Set("needs", (long)c.Needs).Set("units", c.Units)))
            .Set("by_quarter", quarters.Select(q => new SummaryJson().Set("quarter", q.Key).Set("needs", (long)q.NeedsStarting).Set("units", q.UnitsStarting).Set("mean_units_per_day", q.MeanUnitsPerDay)));
    }

    private static (NeedsClusteringResult? Result, string? Error) Cluster(ReportContext context, IReadOnlyList<Need> needs)
    {
        try
        {
            return (NeedsClustering.Run(context.Data.Institutions, needs, new NeedsClusteringOptions { Seed = context.Options.Seed }), null);
        }
        // The clustering refuses data it cannot group (fewer than three institutions with needs,
        // identical needs everywhere) with a French message: the report says so instead of failing.
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return (null, e is ArgumentOutOfRangeException range ? FirstLine(range.Message) : e.Message);
        }
    }

    /// <summary>ArgumentOutOfRangeException appends the parameter name and value on further lines.</summary>
    private static string FirstLine(string message) => message.Split('\n')[0].Split(" (Parameter")[0].Trim();

    private static ReportTable PeriodTable(string name, string periodHeader, IReadOnlyList<NeedPeriods.Period> periods, string heading, string? note) => new(
        name,
        [
            Label(periodHeader), Number("Besoins commençant", CellFormat.Integer), Number("Unités demandées", CellFormat.Integer),
            Number("Unités mobilisées par jour", CellFormat.Decimal), Number("Établissements", CellFormat.Integer),
        ],
        periods.Select(p => (IReadOnlyList<CellValue>)[p.Label, p.NeedsStarting, p.UnitsStarting, p.MeanUnitsPerDay, p.InstitutionsStarting]))
    { Heading = heading, Note = note, EmptyText = "Aucun besoin daté." };

    private static ReportTable TypeTable(IReadOnlyList<Need> needs, IReadOnlyList<Institution> institutions, Dictionary<string, Institution> byId)
    {
        string TypeOf(string id) => byId.TryGetValue(id, out var i) ? InventorySummary.TypeLabel(i.Type) : InventorySummary.UnknownTypeLabel;
        var counts = institutions.GroupBy(i => InventorySummary.TypeLabel(i.Type)).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var groups = needs.GroupBy(n => TypeOf(n.InstitutionId)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var order = Enum.GetValues<InstitutionType>().Select(InventorySummary.TypeLabel).Append(InventorySummary.UnknownTypeLabel)
            .Where(t => counts.ContainsKey(t) || groups.ContainsKey(t));
        return new ReportTable(
            "besoins par type",
            [
                Label("Type d'établissement"), Number("Établissements", CellFormat.Integer), Number("Avec besoins", CellFormat.Integer),
                Number("Besoins", CellFormat.Integer), Number("Unités demandées", CellFormat.Integer),
                Number("Unités par établissement demandeur", CellFormat.Decimal), Wrapped("Première catégorie demandée", TextWidth),
            ],
            order.Select(type =>
            {
                var list = groups.GetValueOrDefault(type) ?? [];
                int askers = list.Select(n => n.InstitutionId).Distinct(StringComparer.Ordinal).Count();
                long typeUnits = list.Sum(n => (long)n.Quantity);
                var top = list.GroupBy(n => n.CategoryId, StringComparer.Ordinal)
                    .Select(g => (Category: g.Key, Units: g.Sum(n => (long)n.Quantity)))
                    .OrderByDescending(g => g.Units).ThenBy(g => g.Category, StringComparer.Ordinal).FirstOrDefault();
                return (IReadOnlyList<CellValue>)
                [
                    type, counts.GetValueOrDefault(type), askers, list.Count, typeUnits,
                    askers == 0 ? CellValue.Empty : CellValue.Of((double)typeUnits / askers),
                    top.Category is null ? CellValue.Empty : $"{EquipmentTaxonomy.FrenchLabel(top.Category)} ({PercentInText((double)top.Units / typeUnits, 0)})",
                ];
            }))
        { Heading = "Besoins par type d'établissement" };
    }

    private static void AddClusterTables(ReportSheet sheet, NeedsClusteringResult result, IReadOnlyList<ClusterDescription> descriptions, IReadOnlyList<Need> needs, Dictionary<string, Institution> byId)
    {
        sheet.Paragraph(
            $"Regroupement : k-moyennes sur le profil de besoins de chaque établissement (parts des unités par famille de matériel, saisonnalité par trimestre, taille, type), graine {result.Seed}. " +
            $"k = {result.K} groupes retenu{(result.SilhouetteByK.Count > 1 ? $" parmi k = {result.SilhouetteByK[0].K} à {result.SilhouetteByK[^1].K}, pour la silhouette moyenne la plus élevée" : "")} " +
            $"({Format(result.Silhouette, 3)} : {SilhouetteReading(result.Silhouette)}).");
        foreach (var note in result.Notes) sheet.Paragraph(note);

        foreach (var description in descriptions) sheet.Paragraph(description.Sentence);

        // Short columns only (the descriptions are the paragraphs above): the sheet's tables share
        // columns, and long texts would push the charts far to the right of the tables.
        var clusterOf = result.ClusterOf;
        var needsOf = needs.Where(n => clusterOf.ContainsKey(n.InstitutionId)).GroupBy(n => clusterOf[n.InstitutionId])
            .ToDictionary(g => g.Key, g => (Needs: g.Count(), Units: g.Sum(n => (long)n.Quantity)));
        sheet.Table(new ReportTable(
            "groupes de besoins",
            [
                Number("Groupe", CellFormat.Integer), Number("Établissements", CellFormat.Integer), Number("Besoins", CellFormat.Integer),
                Number("Unités demandées", CellFormat.Integer), Wrapped("Profil", 18), Wrapped("Catégories principales", TextWidth),
                Wrapped("Membres", TextWidth),
            ],
            result.Clusters.Zip(descriptions).Select(p => (IReadOnlyList<CellValue>)
            [
                p.First.Id, p.First.Size, needsOf.GetValueOrDefault(p.First.Id).Needs, needsOf.GetValueOrDefault(p.First.Id).Units, p.Second.ShortTheme,
                string.Join(", ", p.First.TopCategories.Select(t => $"{t.Label} {NeedsClustering.Percent(t.Share)}")), MemberLines(p.First.InstitutionIds),
            ]))
        { Heading = "Profils de besoins (groupes)", Note = "Chaque groupe est décrit en tête de feuille ; ses établissements sont détaillés plus bas." });

        sheet.Table(new ReportTable(
            "silhouette par k",
            [Number("k", CellFormat.Integer), Number("Silhouette moyenne", CellFormat.Decimal2), Wrapped("Retenu", 16)],
            result.SilhouetteByK.Select(s => (IReadOnlyList<CellValue>)
            [
                s.K, double.IsNaN(s.Silhouette) ? CellValue.Of("groupes vides") : CellValue.Of(Math.Round(s.Silhouette, 3), CellFormat.Decimal2), s.K == result.K ? "oui" : null,
            ]))
        {
            Heading = "Silhouette selon le nombre de groupes",
            Note = "Silhouette moyenne (Rousseeuw 1987) : de −1 à 1 ; au-dessus de 0,5 les groupes sont nets, de 0,25 à 0,5 la structure est faible, en dessous elle est peu marquée (Kaufman et Rousseeuw 1990).",
        });

        sheet.Table(new ReportTable(
            "etablissements par groupe",
            [
                Label("Identifiant"), Number("Groupe", CellFormat.Integer), Number("Composante 1", CellFormat.Decimal2),
                Number("Composante 2", CellFormat.Decimal2), Wrapped("Type", 18), Wrapped("Région", TextWidth), Wrapped("Établissement", TextWidth),
            ],
            result.Projection.OrderBy(p => p.ClusterId).ThenBy(p => p.InstitutionId, StringComparer.Ordinal).Select(p =>
            {
                var institution = byId.GetValueOrDefault(p.InstitutionId);
                return (IReadOnlyList<CellValue>)
                [
                    p.InstitutionId, p.ClusterId, Math.Round(p.X, 3), Math.Round(p.Y, 3),
                    institution is null ? null : InventorySummary.TypeLabel(institution.Type), institution?.Region, institution?.Name,
                ];
            }))
        {
            Heading = "Établissements par groupe",
            Note = $"Composantes 1 et 2 : les deux premiers axes de l'analyse en composantes principales des profils ({PercentInText(result.ExplainedVariance.Take(2).Sum(), 0)} de la variance), ceux du graphique.",
        });
        if (result.ExcludedInstitutionIds.Count > 0)
            sheet.Paragraph($"{InText(result.ExcludedInstitutionIds.Count)} établissements sans besoin exprimé ne sont dans aucun groupe.");
    }

    /// <summary>Member ids, a few per line: a list of ids has no natural place to wrap, and a cell one id wide would be very tall.</summary>
    private static string MemberLines(IReadOnlyList<string> ids) =>
        string.Join(",\n", ids.Chunk(4).Select(line => string.Join(", ", line)));

    /// <summary>Kaufman and Rousseeuw's (1990) reading of an average silhouette width.</summary>
    public static string SilhouetteReading(double silhouette) => silhouette switch
    {
        > 0.70 => "structure forte",
        > 0.50 => "structure raisonnable",
        > 0.25 => "structure faible, groupes à lire comme des tendances",
        _ => "pas de structure nette, groupes indicatifs",
    };

    private static void AddCharts(ReportModel report, NeedsClusteringResult result, IReadOnlyList<ClusterDescription> descriptions)
    {
        report.AddChart(new ReportChart(
            "besoins-groupes-acp",
            "Établissements selon leur profil de besoins, par groupe (plan des deux premières composantes principales)",
            ClusterScatterChart(result, descriptions),
            ReportSheetOrder.BesoinsEtClusters));
        if (SilhouetteChart(result) is { } silhouette)
            report.AddChart(new ReportChart("besoins-silhouette-par-k", "Silhouette moyenne selon le nombre de groupes k", silhouette, ReportSheetOrder.BesoinsEtClusters));
    }

    /// <summary>
    /// Institutions on the plane of the first two principal components, one colour and shape per
    /// cluster (legend: cluster, size, profile), labelled by id where the label fits.
    /// </summary>
    public static Plot ClusterScatterChart(NeedsClusteringResult result, IReadOnlyList<ClusterDescription> descriptions)
    {
        var ordered = result.Projection.OrderBy(p => p.ClusterId).ThenBy(p => p.InstitutionId, StringComparer.Ordinal).ToList();
        var groups = result.Clusters.Zip(descriptions).Select(p => (
            Group: $"Groupe {p.First.Id} ({p.First.Size}) : {ChartLabels.Truncate(p.Second.ShortTheme, 24)}",
            Points: (IReadOnlyList<(double, double, string?)>)[.. ordered.Where(o => o.ClusterId == p.First.Id).Select(o => (o.X, o.Y, (string?)null))]))
            .ToList();
        double explained1 = result.ExplainedVariance.Count > 0 ? result.ExplainedVariance[0] : 0;
        double explained2 = result.ExplainedVariance.Count > 1 ? result.ExplainedVariance[1] : 0;
        var scatter = GroupScatterChart.Create(
            "Profils de besoins des établissements",
            $"Composante 1 ({FrenchNumberFormat.Percent(explained1, 0)} de la variance)",
            $"Composante 2 ({FrenchNumberFormat.Percent(explained2, 0)})",
            groups);
        if (ordered.Count <= MaxLabelledPoints)
            ScatterLabels.AddNonOverlapping(scatter, [.. ordered.Select(p => (p.X, p.Y, (string?)ChartLabels.Truncate(p.InstitutionId, 12)))]);
        return scatter;
    }

    /// <summary>The mean silhouette of every k tried, the k kept circled; null when no k gave several clusters.</summary>
    public static Plot? SilhouetteChart(NeedsClusteringResult result)
    {
        var scored = result.SilhouetteByK.Where(s => !double.IsNaN(s.Silhouette)).ToList();
        if (scored.Count == 0) return null;
        var plot = LineChart.Create(
            "Silhouette moyenne selon le nombre de groupes",
            "Nombre de groupes k",
            "Silhouette moyenne",
            [("Silhouette moyenne", [.. scored.Select(s => (double)s.K)], [.. scored.Select(s => s.Silhouette)])]);
        var chosen = plot.Add.Marker(result.K, result.Silhouette, MarkerShape.OpenCircle, 44, ChartStyle.ColorAt(3));
        chosen.MarkerLineWidth = 4;
        var label = plot.Add.Text($"k retenu = {result.K}", result.K, result.Silhouette);
        label.LabelFontSize = ChartStyle.ValueLabelSize;
        label.LabelFontName = ChartStyle.FontName;
        label.LabelFontColor = ChartStyle.ColorAt(3);
        label.LabelBold = true;
        label.LabelAlignment = Alignment.LowerCenter;
        label.LabelOffsetY = -28;
        // From zero (or below, when a k scores negative): a free axis would magnify small differences.
        double low = Math.Min(0, scored.Min(s => s.Silhouette)), high = scored.Max(s => s.Silhouette);
        plot.Axes.SetLimitsY(low, high + Math.Max(0.08, (high - low) * 0.2));
        plot.HideLegend();
        return plot;
    }

    private static void AddNeedFigures(ReportModel report, (string Category, int Needs, long Units, long UnitDays, int Institutions) first, long units, int needs, int holders, IReadOnlyList<NeedPeriods.Period> quarters)
    {
        const ReportSheetOrder sheet = ReportSheetOrder.BesoinsEtClusters;
        report.AddKeyFigure(new KeyFigure("needs", "Besoins exprimés", needs, CellFormat.Integer, sheet));
        report.AddKeyFigure(new KeyFigure("need_units", "Unités demandées", units, CellFormat.Integer, sheet));
        if (units == 0) return;
        var busiest = quarters.OrderByDescending(q => q.MeanUnitsPerDay).ThenBy(q => q.Key, StringComparer.Ordinal).First();
        report.AddFinding(sheet,
            $"{InText(holders)} établissements expriment {InText(needs)} besoins ({InText(units)} unités) ; la première catégorie demandée est {EquipmentTaxonomy.FrenchLabel(first.Category).ToLowerInvariant()} " +
            $"({PercentInText((double)first.Units / units)} des unités) et la demande culmine au {busiest.Label} ({Format(busiest.MeanUnitsPerDay, 0)} unités mobilisées par jour en moyenne).");
    }

    private static void AddFigures(ReportModel report, NeedsClusteringResult result, IReadOnlyList<ClusterDescription> descriptions,
        (string Category, int Needs, long Units, long UnitDays, int Institutions) first, long units, int needs, int holders, IReadOnlyList<NeedPeriods.Period> quarters)
    {
        const ReportSheetOrder sheet = ReportSheetOrder.BesoinsEtClusters;
        AddNeedFigures(report, first, units, needs, holders, quarters);
        report.AddKeyFigure(new KeyFigure("need_clusters", "Profils de besoins (groupes d'établissements)", result.K, CellFormat.Integer, sheet));
        report.AddKeyFigure(new KeyFigure("need_clusters_silhouette", "Silhouette moyenne des groupes", result.Silhouette, CellFormat.Decimal2, sheet));
        report.AddFinding(sheet,
            $"Les établissements se répartissent en {result.K} profils de besoins (silhouette {Format(result.Silhouette, 2)} : {SilhouetteReading(result.Silhouette)}) : " +
            string.Join(", ", result.Clusters.Zip(descriptions).Select(p => $"{p.Second.ShortTheme} ({InText(p.First.Size)} établissement{(p.First.Size > 1 ? "s" : "")})")) + ".");
    }

    private static void WriteJson(ReportModel report, NeedsClusteringResult result, IReadOnlyList<ClusterDescription> descriptions)
    {
        report.Summary.Section("clusters")
            .Set("k", (long)result.K).Set("silhouette", result.Silhouette).Set("seed", (long)result.Seed)
            .Set("silhouette_by_k", result.SilhouetteByK.Where(s => !double.IsNaN(s.Silhouette)).Select(s => new SummaryJson().Set("k", (long)s.K).Set("silhouette", s.Silhouette)))
            .Set("excluded_institutions", result.ExcludedInstitutionIds)
            .Set("clusters", result.Clusters.Zip(descriptions).Select(p => new SummaryJson()
                .Set("id", (long)p.First.Id).Set("size", (long)p.First.Size).Set("institutions", p.First.InstitutionIds)
                .Set("top_categories", p.First.TopCategories.Select(t => t.CategoryId))
                .Set("description", p.Second.Sentence)));
    }

    private static string Format(double value, int decimals) => value.ToString("N" + decimals, French).Replace('\u202F', '\u00A0');

    // Bounded columns keep the sheet's stacked tables within an A4 landscape page at a legible
    // scale: categories, names and lists wrap, numbers keep their width and their headers wrap above them.
    private const double LabelWidth = 28;
    private const double TextWidth = 36;

    private static TableColumn Label(string header) => TableColumn.Wrapped(header, LabelWidth);

    private static TableColumn Wrapped(string header, double maxWidth) => TableColumn.Wrapped(header, maxWidth);

    private static TableColumn Number(string header, CellFormat format) => TableColumn.Number(header, format);
}
