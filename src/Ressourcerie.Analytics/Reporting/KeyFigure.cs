using Ressourcerie.Analytics.Reporting.Excel;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// A headline number of the report: shown on the Synthèse sheet with its French label, and written
/// to <c>summary.json</c> under <see cref="Key"/> (snake_case ASCII). Ratios are stored as ratios
/// (0.182) with <see cref="CellFormat.Percent"/>.
/// </summary>
public sealed record KeyFigure(string Key, string Label, double Value, CellFormat Format, ReportSheetOrder Sheet, string? Unit = null);
