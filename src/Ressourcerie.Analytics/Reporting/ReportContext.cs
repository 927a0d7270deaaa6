namespace Ressourcerie.Analytics.Reporting;

/// <summary>What every section receives: the data, the options, and the report's generation date.</summary>
public sealed record ReportContext(ReportData Data, ReportOptions Options, DateOnly GenerationDate);
