namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>A chart's top-left corner on its sheet: a row (1-based) and a distance from column A's left edge.</summary>
public sealed record ChartPlacement(SheetImage Image, int Row, int LeftPx);
