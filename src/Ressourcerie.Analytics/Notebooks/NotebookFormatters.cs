using System.Text;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Ressourcerie.Analytics.Impact;
using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews.Agreement;
using Ressourcerie.Analytics.Interviews.CoOccurrence;
using Ressourcerie.Analytics.Interviews.Frequencies;
using Ressourcerie.Analytics.Interviews.Saturation;
using Ressourcerie.Analytics.Interviews.Verbatims;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Reporting.Charts;
using ScottPlot;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// The toolkit's notebook formatters, registered in one call by <c>notebooks/setup.csx</c>:
/// DataFrame as a deterministic French table (<see cref="DataFrameHtml"/>), ScottPlot charts as
/// images (<c>text/html</c>, which the Polyglot kernel shows, and <c>image/png</c>, which GitHub and
/// the HTML export show), the data quality report, and the analyses' result records (frequencies,
/// co-occurrences, saturation, agreement, verbatims, clusters, Monte Carlo) as a sentence and a
/// table rather than a dump of their properties. They go through
/// Microsoft.DotNet.Interactive.Formatting, so the same call works in the kernel (which loads this
/// dll) and in <see cref="NotebookRunner"/>.
/// </summary>
public static class NotebookFormatters
{
    public const int DefaultPlotWidth = 600;

    public const int DefaultPlotHeight = 400;

    /// <summary>Width in pixels of a toolkit chart's image in a notebook (the HTML page's text column is 916 px wide).</summary>
    public const int DefaultChartWidth = 960;

    /// <param name="plotWidth">Image width of a plot made with ScottPlot's default fonts.</param>
    /// <param name="plotHeight">Image height of such a plot.</param>
    /// <param name="chartWidth">Image width of a toolkit chart (<see cref="ChartStyle"/>), laid out at 1600×900 and scaled to this width.</param>
    public static void Register(int plotWidth = DefaultPlotWidth, int plotHeight = DefaultPlotHeight, int maxRows = DataFrameHtml.DefaultMaxRows,
        int chartWidth = DefaultChartWidth)
    {
        Formatter.Register<DataFrame>(frame => DataFrameHtml.ToHtml(frame, maxRows), HtmlFormatter.MimeType);
        Formatter.Register<DataFrame>(frame => DataFrameHtml.ToText(frame, maxRows), PlainTextFormatter.MimeType);

        Formatter.Register<Plot>(plot => PngHtml(plot, plotWidth, plotHeight, chartWidth), HtmlFormatter.MimeType);
        Formatter.Register<Plot>(plot => Convert.ToBase64String(Png(plot, plotWidth, plotHeight, chartWidth).Bytes), "image/png");
        Formatter.Register<Plot>(PlotText, PlainTextFormatter.MimeType);

        Formatter.Register<DataQualityReport>(report => QualityHtml(report, maxRows), HtmlFormatter.MimeType);
        Formatter.Register<DataQualityReport>(report => QualityText(report, maxRows), PlainTextFormatter.MimeType);

        RegisterTable<CodeFrequencyTable>(t => $"Fréquence des codes sur {t.InterviewCount} entretien(s)", t => t.ToDataFrame(), maxRows);
        RegisterTable<GroupCodeFrequencyTable>(t => $"Entretiens où chaque code apparaît, par {t.Dimension}", t => t.Matrix(), maxRows);
        RegisterTable<CoOccurrenceTable>(t => $"{t.Pairs.Count} paire(s) de codes qui se rencontrent dans les mêmes passages", t => t.ToDataFrame(), maxRows);
        RegisterTable<SaturationResult>(s => s.Summary, s => s.CurveDataFrame(), maxRows);
        RegisterTable<CodingAgreement>(AgreementHeading, AgreementTable, maxRows);
        RegisterTable<IEnumerable<Verbatim>>(VerbatimHeading, VerbatimTable, maxRows);
        RegisterTable<NeedsClusteringResult>(r => $"{r.K} groupes (k choisi : silhouette moyenne {FrenchDisplay.Format(r.Silhouette)})", r => r.ToDataFrame(), maxRows);
        RegisterTable<DistributionSummary>(s => $"{FrenchDisplay.Format(s.Count)} tirages", s => DistributionTable([("Valeur", s)]), maxRows);
        RegisterTable<MonteCarloResult>(
            r => $"Monte Carlo : {FrenchDisplay.Format(r.Iterations)} tirages, graine {r.Seed}{(r.Uncertainty ? "" : ", facteurs fixés à leur valeur typique")}",
            r => DistributionTable([("Émissions évitées", r.Avoided), ("Transport", r.Transport), ("Bilan net", r.Net)]), maxRows);
    }

    /// <summary>
    /// The image of a plot. ScottPlot draws text at fixed pixel sizes, so a plot's fonts tell the
    /// image size it was laid out for: the toolkit's charts (<see cref="ChartStyle"/>, a 40 px
    /// title) are built for 1600×900 slides and would fill a 600×400 image with text. They are laid
    /// out at 1600×900 and scaled down to <paramref name="chartWidth"/>; other plots are drawn at
    /// <paramref name="plotWidth"/>×<paramref name="plotHeight"/>.
    /// </summary>
    private static (byte[] Bytes, int Width, int Height) Png(Plot plot, int plotWidth, int plotHeight, int chartWidth)
    {
        if (plot.Axes.Title.Label.FontSize < ChartStyle.TitleSize)
            return (plot.GetImageBytes(plotWidth, plotHeight, ImageFormat.Png), plotWidth, plotHeight);
        double scale = (double)chartWidth / ChartStyle.DefaultWidth;
        int height = (int)Math.Round(ChartStyle.DefaultHeight * scale);
        double previous = plot.ScaleFactor;
        try
        {
            plot.ScaleFactor = scale;
            return (plot.GetImageBytes(chartWidth, height, ImageFormat.Png), chartWidth, height);
        }
        finally
        {
            plot.ScaleFactor = previous;
        }
    }

    private static string PngHtml(Plot plot, int plotWidth, int plotHeight, int chartWidth)
    {
        var (bytes, width, height) = Png(plot, plotWidth, plotHeight, chartWidth);
        return $"<img alt=\"{HtmlText.Encode(PlotText(plot))}\" width=\"{width}\" height=\"{height}\" style=\"max-width:100%;height:auto\" " +
               $"src=\"data:image/png;base64,{Convert.ToBase64String(bytes)}\">";
    }

    private static string PlotText(Plot plot)
    {
        var title = plot.Axes.Title.Label.Text.Replace('\n', ' ');
        return string.IsNullOrWhiteSpace(title) ? "Graphique" : $"Graphique : {title}";
    }

    /// <summary>A result as its French heading (when it has one) followed by its table.</summary>
    private static void RegisterTable<T>(Func<T, string?> heading, Func<T, DataFrame> table, int maxRows)
    {
        Formatter.Register<T>(value =>
        {
            var title = heading(value);
            var html = DataFrameHtml.ToHtml(table(value), maxRows);
            return title is null ? html : $"<p>{HtmlText.Encode(title)}</p>\n{html}";
        }, HtmlFormatter.MimeType);
        Formatter.Register<T>(value =>
        {
            var title = heading(value);
            var text = DataFrameHtml.ToText(table(value), maxRows);
            return title is null ? text : $"{title}\n{text}";
        }, PlainTextFormatter.MimeType);
    }

    private static string AgreementHeading(CodingAgreement agreement)
    {
        var level = agreement.Level == AgreementUnitLevel.Document ? "au niveau des entretiens" : "au niveau des segments";
        var text = $"Accord intercodeurs {level} ({string.Join(", ", agreement.Coders)}) sur {agreement.Interviews.Count} entretien(s), {FrenchDisplay.Format(agreement.Units)} unité(s)";
        return agreement.Notes.Count == 0 ? text + "." : $"{text}. {string.Join(" ", agreement.Notes)}";
    }

    /// <summary>The overall row first (the table of a large codebook is cut after <c>maxRows</c>), then each code.</summary>
    private static DataFrame AgreementTable(CodingAgreement agreement)
    {
        var rows = agreement.ByCode.Prepend(new CodeAgreement(CodingAgreement.OverallLabel, agreement.Units, agreement.PercentAgreement,
            agreement.CohenKappa, agreement.BrennanPredigerKappa, agreement.KrippendorffAlpha, [])).ToList();
        return new DataFrame(
            new StringDataFrameColumn("Code", rows.Select(r => r.Code)),
            new Int32DataFrameColumn("Unités", rows.Select(r => r.Units)),
            new DoubleDataFrameColumn("Accord (%)", rows.Select(r => r.PercentAgreement)),
            new DoubleDataFrameColumn("Kappa de Cohen", rows.Select(r => r.CohenKappa)),
            new DoubleDataFrameColumn("Kappa de Brennan et Prediger", rows.Select(r => r.BrennanPredigerKappa)),
            new DoubleDataFrameColumn("Alpha de Krippendorff", rows.Select(r => r.KrippendorffAlpha)),
            new StringDataFrameColumn("Remarques", rows.Select(r => string.Join(" ", r.Notes))));
    }

    private static string VerbatimHeading(IEnumerable<Verbatim> verbatims)
    {
        var codes = verbatims.Select(v => v.Code).Distinct(StringComparer.Ordinal).ToList();
        var count = verbatims.Count();
        return codes.Count == 1 ? $"« {codes[0]} » : {count} verbatim(s)" : $"{count} verbatim(s) de {codes.Count} code(s)";
    }

    /// <summary>
    /// One row per verbatim. The pseudonym already names the profile (« Régisseur·e 2 »), and the code
    /// is in the heading when there is one: the excerpt keeps the width.
    /// </summary>
    private static DataFrame VerbatimTable(IEnumerable<Verbatim> verbatims)
    {
        var rows = verbatims.ToList();
        var frame = new DataFrame(
            new StringDataFrameColumn("Pseudonyme", rows.Select(v => v.Pseudonym)),
            new StringDataFrameColumn("Type d'établissement", rows.Select(v => v.InstitutionType)),
            new StringDataFrameColumn("Entretien", rows.Select(v => v.InterviewId)));
        if (rows.Select(v => v.Code).Distinct(StringComparer.Ordinal).Count() > 1)
            frame.Columns.Add(new StringDataFrameColumn("Code", rows.Select(v => v.Code)));
        frame.Columns.Add(new StringDataFrameColumn("Extrait", rows.Select(v => v.Excerpt)));
        return frame;
    }

    private static DataFrame DistributionTable(IReadOnlyList<(string Name, DistributionSummary Summary)> rows) => new(
        new StringDataFrameColumn("Grandeur", rows.Select(r => r.Name)),
        new DoubleDataFrameColumn("Moyenne (tCO2e)", rows.Select(r => r.Summary.MeanTonnesCO2e)),
        new DoubleDataFrameColumn("P5 (tCO2e)", rows.Select(r => r.Summary.P5TonnesCO2e)),
        new DoubleDataFrameColumn("P50 (tCO2e)", rows.Select(r => r.Summary.P50TonnesCO2e)),
        new DoubleDataFrameColumn("P95 (tCO2e)", rows.Select(r => r.Summary.P95TonnesCO2e)),
        new DoubleDataFrameColumn("Erreur type de la moyenne (tCO2e)", rows.Select(r => r.Summary.StandardErrorTonnesCO2e)));

    private static string QualitySummary(DataQualityReport report) =>
        $"lignes lues : {FrenchDisplay.Format(report.RowsRead)}, acceptées : {FrenchDisplay.Format(report.RowsAccepted)}, " +
        $"rejetées : {FrenchDisplay.Format(report.RowsRejected)} ; {report.ErrorCount} erreur(s), {report.WarningCount} avertissement(s)";

    private static string QualityHtml(DataQualityReport report, int maxRows)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(HtmlText.Encode(QualitySummary(report))).Append("</p>");
        if (report.Issues.Count == 0) return html.ToString();
        html.Append("\n<table class=\"ressourcerie-table\" style=\"border-collapse:collapse\">\n<thead><tr>");
        foreach (var header in new[] { "Fichier", "Ligne", "Colonne", "Gravité", "Message" })
            html.Append("<th style=\"text-align:left;border-bottom:1px solid #999;padding:2px 8px\">").Append(header).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var issue in report.Issues.Take(maxRows))
        {
            html.Append("<tr>");
            foreach (var cell in new[] { issue.File, issue.Row > 0 ? issue.Row.ToString(FrenchDisplay.Culture) : "", issue.Column, Severity(issue.Severity), issue.Message })
                html.Append("<td style=\"padding:2px 8px\">").Append(HtmlText.Encode(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>");
        if (report.Issues.Count > maxRows) html.Append("\n<p><em>… ").Append(report.Issues.Count - maxRows).Append(" problème(s) de plus</em></p>");
        return html.ToString();
    }

    private static string QualityText(DataQualityReport report, int maxRows)
    {
        var text = new StringBuilder(QualitySummary(report)).Append('\n');
        foreach (var issue in report.Issues.Take(maxRows)) text.Append(issue).Append('\n');
        if (report.Issues.Count > maxRows) text.Append("… ").Append(report.Issues.Count - maxRows).Append(" problème(s) de plus\n");
        return text.ToString();
    }

    private static string Severity(IssueSeverity severity) => severity == IssueSeverity.Error ? "erreur" : "avertissement";
}
