namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>Where a written sheet's content ends, so charts can be anchored beside it (1-based).</summary>
public sealed record SheetLayout(string SheetName, int LastColumn, int LastRow);
