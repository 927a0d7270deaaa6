using Ressourcerie.Analytics.Reporting.Charts;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>Where a written report went.</summary>
public sealed record ReportOutput(string WorkbookPath, string SummaryPath, IReadOnlyList<ChartFile> Charts);
