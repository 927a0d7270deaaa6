using ScottPlot;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// A chart of the report: saved as <c>charts/&lt;Stem&gt;.png</c> and <c>.svg</c> and shown on the
/// sheet it illustrates. <see cref="Stem"/> is ASCII (a file name shared with slides).
/// </summary>
public sealed record ReportChart(string Stem, string Description, Plot Plot, ReportSheetOrder Sheet);
