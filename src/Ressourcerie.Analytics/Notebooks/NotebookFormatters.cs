using System.Text;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Ressourcerie.Analytics.Ingestion;
using ScottPlot;

namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// The toolkit's notebook formatters, registered in one call by <c>notebooks/setup.csx</c>:
/// DataFrame as a deterministic French table (<see cref="DataFrameHtml"/>), ScottPlot charts as
/// images (<c>text/html</c> through <c>GetPngHtml</c>, which the Polyglot kernel shows, and
/// <c>image/png</c>, which GitHub and the HTML export show), and the data quality report. They go
/// through Microsoft.DotNet.Interactive.Formatting, so the same call works in the kernel (which
/// loads this dll) and in <see cref="NotebookRunner"/>.
/// </summary>
public static class NotebookFormatters
{
    public const int DefaultPlotWidth = 600;

    public const int DefaultPlotHeight = 400;

    public static void Register(int plotWidth = DefaultPlotWidth, int plotHeight = DefaultPlotHeight, int maxRows = DataFrameHtml.DefaultMaxRows)
    {
        Formatter.Register<DataFrame>(frame => DataFrameHtml.ToHtml(frame, maxRows), HtmlFormatter.MimeType);
        Formatter.Register<DataFrame>(frame => DataFrameHtml.ToText(frame, maxRows), PlainTextFormatter.MimeType);

        Formatter.Register<Plot>(plot => plot.GetPngHtml(plotWidth, plotHeight), HtmlFormatter.MimeType);
        Formatter.Register<Plot>(plot => Convert.ToBase64String(plot.GetImageBytes(plotWidth, plotHeight, ImageFormat.Png)), "image/png");
        Formatter.Register<Plot>(PlotText, PlainTextFormatter.MimeType);

        Formatter.Register<DataQualityReport>(report => QualityHtml(report, maxRows), HtmlFormatter.MimeType);
        Formatter.Register<DataQualityReport>(report => QualityText(report, maxRows), PlainTextFormatter.MimeType);
    }

    private static string PlotText(Plot plot)
    {
        var title = plot.Axes.Title.Label.Text;
        return string.IsNullOrWhiteSpace(title) ? "Graphique" : $"Graphique : {title}";
    }

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
