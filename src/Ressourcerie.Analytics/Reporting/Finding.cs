namespace Ressourcerie.Analytics.Reporting;

/// <summary>A principal finding: a French sentence built from the data, listed on the Synthèse sheet in sheet order.</summary>
public sealed record Finding(ReportSheetOrder Sheet, string Text);
