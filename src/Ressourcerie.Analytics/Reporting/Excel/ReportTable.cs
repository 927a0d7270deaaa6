namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// A table of a report sheet, written as a real Excel table (filters, table style). Rows are
/// enumerated once, when the workbook is written, so a section can hand over a lazy sequence of a
/// million rows without holding them.
/// </summary>
public sealed class ReportTable
{
    public ReportTable(string name, IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<CellValue>> rows)
    {
        if (columns.Count == 0) throw new ArgumentException("Un tableau doit avoir au moins une colonne.", nameof(columns));
        var duplicate = columns.GroupBy(c => c.Header, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"En-tête en double dans le tableau {name} : {duplicate.Key}", nameof(columns));
        Name = name;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The table's name in Excel (made valid and unique by the writer).</summary>
    public string Name { get; }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IEnumerable<IReadOnlyList<CellValue>> Rows { get; }

    /// <summary>A bold line written above the table.</summary>
    public string? Heading { get; init; }

    /// <summary>A short line written under the table (a source, a caveat).</summary>
    public string? Note { get; init; }

    /// <summary>Written when the table has no row, instead of an empty Excel table.</summary>
    public string EmptyText { get; init; } = "Aucune ligne.";
}
