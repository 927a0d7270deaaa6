using Microsoft.Data.Analysis;

namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// A library result (<see cref="DataFrame"/> with French column names) as a report table, so that
/// the workbook shows exactly what <c>InventoryAnalysis</c>, <c>MatchingSummary</c>… return in a
/// notebook. Columns keep their names and order; each cell keeps its type: text as text, whole
/// numbers as <see cref="CellFormat.Integer"/>, other numbers as <see cref="CellFormat.Decimal"/>,
/// dates as dates, unless <c>formats</c> says otherwise for a column (a share as a percentage).
/// </summary>
public static class DataFrameTable
{
    public static ReportTable Create(
        string name,
        DataFrame frame,
        IReadOnlyDictionary<string, CellFormat>? formats = null,
        string? heading = null,
        string? note = null,
        string emptyText = "Aucune ligne.",
        IReadOnlySet<string>? wrapped = null)
    {
        var columns = frame.Columns
            .Select(c => new TableColumn(c.Name, formats is not null && formats.TryGetValue(c.Name, out var format) ? format : DefaultFormat(c), wrapped?.Contains(c.Name) ?? false))
            .ToList();
        return new ReportTable(name, columns, Rows(frame, columns)) { Heading = heading, Note = note, EmptyText = emptyText };
    }

    private static IEnumerable<IReadOnlyList<CellValue>> Rows(DataFrame frame, IReadOnlyList<TableColumn> columns)
    {
        for (long r = 0; r < frame.Rows.Count; r++)
        {
            var row = new CellValue[columns.Count];
            for (int c = 0; c < columns.Count; c++) row[c] = Value(frame.Columns[c][r], columns[c].Format);
            yield return row;
        }
    }

    private static CellValue Value(object? value, CellFormat format) => value switch
    {
        null => CellValue.Empty,
        string text => text.Length == 0 ? CellValue.Empty : CellValue.Of(text),
        DateTime date => CellValue.Of(DateOnly.FromDateTime(date)),
        double number => CellValue.Of(number, format),
        float number => CellValue.Of(number, format),
        decimal number => CellValue.Of((double)number, format),
        int number => CellValue.Of(number, format),
        long number => CellValue.Of(number, format),
        bool flag => CellValue.Of(flag ? "oui" : "non"),
        _ => CellValue.Of(Convert.ToString(value, System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))),
    };

    private static CellFormat DefaultFormat(DataFrameColumn column)
    {
        var type = column.DataType;
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)) return CellFormat.Integer;
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return CellFormat.Decimal;
        if (type == typeof(DateTime)) return CellFormat.Date;
        return CellFormat.Text;
    }
}
