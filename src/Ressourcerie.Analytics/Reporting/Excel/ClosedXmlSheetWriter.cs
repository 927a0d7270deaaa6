using ClosedXML.Excel;

namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>Writes a <see cref="ReportSheet"/> into a ClosedXML worksheet.</summary>
public static class ClosedXmlSheetWriter
{
    /// <param name="chartRows">
    /// Rows to leave empty under the title and paragraphs for charts (<see cref="ChartGrid"/>). A
    /// sheet with charts has no frozen header: frozen rows down to a table under the charts would
    /// fill the screen and keep it from scrolling.
    /// </param>
    public static SheetLayout Write(IXLWorksheet worksheet, ReportSheet sheet, TableNames names, int chartRows = 0)
    {
        int row = 1;
        SetText(worksheet.Cell(row++, 1), sheet.Title, StyleKind.Title);
        foreach (var paragraph in sheet.Paragraphs) SetText(worksheet.Cell(row++, 1), paragraph, StyleKind.Paragraph);
        row++;
        int chartRow = chartRows > 0 ? row : 0;
        row += chartRows;

        var tableWidths = new List<IReadOnlyList<double>>();
        var wrappedRows = new List<(int Row, IReadOnlyList<TableColumn> Columns, CellValue[] Values)>();
        var headerRows = new List<(int Row, IReadOnlyList<TableColumn> Columns)>();
        int frozenRow = 0, firstHeaderRow = 0, lastColumn = 1;
        for (int t = 0; t < sheet.Tables.Count; t++)
        {
            var table = sheet.Tables[t];
            if (table.Heading is not null) SetText(worksheet.Cell(row++, 1), table.Heading, StyleKind.Heading);
            int headerRow = row;
            if (t == sheet.FrozenTable && chartRows == 0) frozenRow = headerRow;
            if (t == 0) firstHeaderRow = headerRow;
            for (int c = 0; c < table.Columns.Count; c++) SetText(worksheet.Cell(headerRow, c + 1), table.Columns[c].Header, SheetStyles.HeaderOf(table.Columns[c]));
            lastColumn = Math.Max(lastColumn, table.Columns.Count);

            var widths = new ColumnWidths(table.Columns);
            foreach (var values in table.Rows)
            {
                row++;
                widths.Observe(values);
                if (table.Columns.Any(c => c.Wrap)) wrappedRows.Add((row, table.Columns, [.. values]));
                for (int c = 0; c < table.Columns.Count && c < values.Count; c++)
                    SetValue(worksheet.Cell(row, c + 1), values[c], table.Columns[c]);
            }
            tableWidths.Add(widths.Widths);

            if (row == headerRow)
            {
                SetText(worksheet.Cell(++row, 1), table.EmptyText, StyleKind.Note);
            }
            else
            {
                var excelTable = worksheet.Range(headerRow, 1, row, table.Columns.Count).CreateTable(names.Reserve(table.Name));
                excelTable.Theme = XLTableTheme.TableStyleMedium2;
                excelTable.ShowAutoFilter = true;
            }
            headerRows.Add((headerRow, table.Columns));
            if (table.Note is not null) SetText(worksheet.Cell(++row, 1), table.Note, StyleKind.Note);
            row += 2;
        }

        var merged = ColumnWidths.Max(tableWidths);
        for (int c = 0; c < merged.Length; c++) worksheet.Column(c + 1).Width = merged[c];
        int paragraphColumns = ColumnWidths.ParagraphColumns(merged);
        for (int p = 0; p < sheet.Paragraphs.Count; p++)
        {
            if (paragraphColumns > 1) worksheet.Range(2 + p, 1, 2 + p, paragraphColumns).Merge();
            if (ColumnWidths.ParagraphHeight(sheet.Paragraphs[p], merged, paragraphColumns) is { } height) worksheet.Row(2 + p).Height = height;
        }
        // Heights from the sheet's final widths: a column is as wide as the widest table placed in it.
        foreach (var (headerRow, columns) in headerRows) worksheet.Row(headerRow).Height = ColumnWidths.HeaderRowHeight(columns, merged);
        foreach (var (wrappedRow, columns, values) in wrappedRows)
            if (ColumnWidths.RowHeight(columns, merged, values) is { } height) worksheet.Row(wrappedRow).Height = height;
        if (frozenRow > 0) worksheet.SheetView.FreezeRows(frozenRow);

        SheetPrintSetup.Apply(worksheet);
        return new SheetLayout(sheet.Name, lastColumn, row, chartRow, SheetPrintSetup.PrintTitleRow(sheet, firstHeaderRow));
    }

    /// <summary>
    /// Input text as a text cell: <c>SetValue&lt;string&gt;</c> keeps the string as typed, whereas
    /// ClosedXML 0.95.4's <c>Value =</c> turns "007" into 7 and "12,5" into a date. The explicit
    /// text type and the quote prefix keep it text even when a user edits the cell in Excel.
    /// </summary>
    public static void SetText(IXLCell cell, string text, StyleKind style)
    {
        cell.SetValue(SafeText.Clean(text));
        cell.DataType = XLDataType.Text;
        SheetStyles.Apply(cell.Style, style);
        if (style is StyleKind.Title or StyleKind.Paragraph or StyleKind.Heading or StyleKind.Note or StyleKind.Header or StyleKind.NumberHeader
            && SafeText.LooksInterpretable(text))
            cell.Style.IncludeQuotePrefix = true;
    }

    public static void SetValue(IXLCell cell, in CellValue value, TableColumn column)
    {
        var style = SheetStyles.For(value, column);
        switch (value.Kind)
        {
            case CellValueKind.Text:
                SetText(cell, value.Text!, style);
                return;
            case CellValueKind.Number:
                cell.SetValue(value.Number);
                break;
            case CellValueKind.Date:
                cell.SetValue(value.AsDate.ToDateTime(TimeOnly.MinValue));
                break;
            default:
                return;
        }
        SheetStyles.Apply(cell.Style, style);
    }
}
