namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// One part of the ministry report. A section adds its sheet(s), charts, key figures, findings
/// and <c>summary.json</c> entries to the model; the Synthèse sheet is assembled last from the
/// key figures and findings every section contributed. Add a section to
/// <see cref="MinistryReport.DefaultSections"/> to have it in the report.
/// </summary>
public interface IReportSection
{
    void Contribute(ReportContext context, ReportModel report);
}
