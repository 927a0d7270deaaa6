namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// An input file as the report's provenance lists it: its role in French ("inventaire"), its path,
/// and the name under which the data-quality report refers to it.
/// </summary>
public sealed record ReportInputFile(string Role, string Path, string DisplayName);
