using Ressourcerie.Analytics.Reporting.Sections;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// The ministry report: runs every section on the study's data, then assembles the Synthèse
/// sheet from their key figures and findings. Pure: reads no data file (only the input files'
/// bytes for their SHA-256), writes nothing; <see cref="ReportWriter"/> writes the result.
/// <code>
/// var model = MinistryReport.Build(data, new ReportOptions { Seed = 42 });
/// ReportWriter.Write(model, "out");
/// </code>
/// </summary>
public static class MinistryReport
{
    /// <summary>The sections of the report; each part of the toolkit adds its own here.</summary>
    public static IReadOnlyList<IReportSection> DefaultSections { get; } =
    [
        new InterviewsSection(),
        new CodesSection(),
        new VerbatimsSection(),
        new InventorySection(),
        new IdleStockSection(),
        new NeedsSection(),
        new LoanMatchingSection(),
        new ImpactSection(),
        new DataQualitySection(),
        new ProvenanceSection(),
    ];

    public static ReportModel Build(ReportData data, ReportOptions? options = null, IEnumerable<IReportSection>? sections = null)
    {
        options ??= new ReportOptions();
        var context = new ReportContext(data, options, options.GenerationDate());
        var report = new ReportModel(context.GenerationDate);
        foreach (var section in sections ?? DefaultSections) section.Contribute(context, report);
        SynthesisSheet.Add(context, report);
        report.Summary.Set("sheets", report.Sheets.Select(s => s.Name));
        report.Protect(RespondentGuard.For(data));
        return report;
    }
}
