using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OxCellValue = DocumentFormat.OpenXml.Spreadsheet.CellValue;
using OxTableColumn = DocumentFormat.OpenXml.Spreadsheet.TableColumn;

namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>
/// Writes a large sheet in constant memory with the Open XML SDK's SAX writer: ClosedXML keeps
/// every cell of a workbook in memory (about a kilobyte each), which a national inventory of a
/// million lines cannot afford. ClosedXML still creates the workbook and the cell styles: the
/// placeholder sheet it writes holds one probe cell per <see cref="StyleKind"/>, whose style
/// indices this writer reuses, so streamed and ordinary sheets look the same. Text is written as
/// inline strings (no shared-string table to hold in memory) with the same safe-cell rules.
/// The sheet's XML goes to a file, not to the package (which would hold it in memory until saved):
/// the package gets a stub part, and <see cref="PackageEntries"/> puts the file in its place once
/// the SDK has saved the package.
/// </summary>
public static class StreamingSheetWriter
{
    /// <summary>Rows read ahead of writing to size the columns (widths come before the data in the file).</summary>
    private const int WidthSampleRows = 1000;

    /// <summary>Rows in an Excel worksheet (Excel 2007 and later; LibreOffice reads as many).</summary>
    public const int ExcelMaxRows = 1_048_576;

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly StyleKind[] ProbeOrder = Enum.GetValues<StyleKind>();

    /// <summary>Fills row 1 of the placeholder sheet with one cell per style, for <see cref="Replace"/> to read back.</summary>
    public static void WriteStyleProbe(ClosedXML.Excel.IXLWorksheet placeholder)
    {
        for (int i = 0; i < ProbeOrder.Length; i++)
        {
            var cell = placeholder.Cell(1, i + 1);
            if (ProbeOrder[i] is >= StyleKind.Integer) cell.SetValue(0.0);
            else cell.SetValue("x");
            SheetStyles.Apply(cell.Style, ProbeOrder[i]);
        }
    }

    /// <summary>
    /// Replaces the placeholder sheet's part with a new part whose content, the streamed rows of
    /// <paramref name="sheet"/>, is written to <paramref name="contentFile"/>; returns the layout and
    /// the part's entry name in the package, for <see cref="PackageEntries.Replace"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The sheet would have more than <paramref name="maxRows"/> rows (Excel's limit): a sheet Excel cannot open is never written.</exception>
    public static (SheetLayout Layout, string EntryName) Replace(
        WorkbookPart workbookPart, Sheet sheetEntry, ReportSheet sheet, TableNames names, ref uint nextTableId, string contentFile, int maxRows = ExcelMaxRows)
    {
        var placeholder = (WorksheetPart)workbookPart.GetPartById(sheetEntry.Id!.Value!);
        var styles = ReadProbe(placeholder);
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var plan = Plan(sheet);

        var tables = new List<(ReportTable Table, int HeaderRow, int LastRow)>();
        int row = 1, lastColumn = 1, firstHeaderRow = 0;
        using (var content = new FileStream(contentFile, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = OpenXmlWriter.Create(content))
        {
            writer.WriteStartElement(new Worksheet(), [], [new KeyValuePair<string, string>("r", RelationshipsNamespace)]);
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            writer.WriteElement(SheetViews(plan.FrozenRow));
            writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
            writer.WriteElement(Columns(plan.Widths));

            writer.WriteStartElement(new SheetData());
            var cells = new CellWriter(writer, styles, sheet.Name, maxRows);
            cells.Text(row++, 1, sheet.Title, StyleKind.Title);
            int paragraphColumns = ColumnWidths.ParagraphColumns(plan.Widths);
            foreach (var paragraph in sheet.Paragraphs)
                cells.Text(row++, 1, paragraph, StyleKind.Paragraph, ColumnWidths.ParagraphHeight(paragraph, plan.Widths, paragraphColumns));
            row++;
            for (int t = 0; t < sheet.Tables.Count; t++)
            {
                var table = sheet.Tables[t];
                if (table.Heading is not null) cells.Text(row++, 1, table.Heading, StyleKind.Heading);
                int headerRow = row;
                if (t == 0) firstHeaderRow = headerRow;
                cells.StartRow(headerRow, ColumnWidths.HeaderRowHeight(table.Columns, plan.Widths));
                for (int c = 0; c < table.Columns.Count; c++) cells.TextCell(headerRow, c + 1, table.Columns[c].Header, SheetStyles.HeaderOf(table.Columns[c]));
                cells.EndRow();
                lastColumn = Math.Max(lastColumn, table.Columns.Count);

                foreach (var values in plan.Rows(t))
                {
                    cells.StartRow(++row, ColumnWidths.RowHeight(table.Columns, plan.Widths, values));
                    for (int c = 0; c < table.Columns.Count && c < values.Count; c++) cells.Value(row, c + 1, values[c], table.Columns[c]);
                    cells.EndRow();
                }
                if (row == headerRow) cells.Text(++row, 1, table.EmptyText, StyleKind.Note);
                else tables.Add((table, headerRow, row));
                if (table.Note is not null) cells.Text(++row, 1, table.Note, StyleKind.Note);
                row += 2;
            }
            writer.WriteEndElement();

            if (paragraphColumns > 1 && sheet.Paragraphs.Count > 0)
            {
                var merges = new MergeCells { Count = (uint)sheet.Paragraphs.Count };
                for (int p = 0; p < sheet.Paragraphs.Count; p++)
                    merges.Append(new MergeCell { Reference = $"A{2 + p}:{CellWriter.ColumnName(paragraphColumns)}{2 + p}" });
                writer.WriteElement(merges);
            }
            foreach (var element in SheetPrintSetup.OpenXmlElements()) writer.WriteElement(element);
            if (tables.Count > 0)
            {
                writer.WriteStartElement(new TableParts { Count = (uint)tables.Count });
                foreach (var (table, headerRow, lastRow) in tables)
                {
                    var tablePart = part.AddNewPart<TableDefinitionPart>();
                    tablePart.Table = TableDefinition(table, names.Reserve(table.Name), nextTableId++, headerRow, lastRow);
                    tablePart.Table.Save();
                    writer.WriteElement(new TablePart { Id = part.GetIdOfPart(tablePart) });
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }

        using (var stub = part.GetStream(FileMode.Create, FileAccess.Write))
            new Worksheet(new SheetData()).Save(stub);
        sheetEntry.Id = workbookPart.GetIdOfPart(part);
        workbookPart.DeletePart(placeholder);
        return (new SheetLayout(sheet.Name, lastColumn, row, PrintTitleRow: SheetPrintSetup.PrintTitleRow(sheet, firstHeaderRow)), part.Uri.OriginalString.TrimStart('/'));
    }

    private static Dictionary<StyleKind, uint> ReadProbe(WorksheetPart placeholder)
    {
        var firstRow = placeholder.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().First();
        var cells = firstRow.Elements<Cell>().ToList();
        var styles = new Dictionary<StyleKind, uint>();
        for (int i = 0; i < ProbeOrder.Length; i++) styles[ProbeOrder[i]] = cells[i].StyleIndex?.Value ?? 0;
        return styles;
    }

    private static SheetViews SheetViews(int frozenRow)
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = false };
        if (frozenRow > 0)
        {
            string topLeft = $"A{frozenRow + 1}";
            view.Append(new Pane { VerticalSplit = frozenRow, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }
        return new SheetViews(view);
    }

    private static Columns Columns(IReadOnlyList<double> widths)
    {
        var columns = new Columns();
        for (int c = 0; c < widths.Count; c++)
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Round(widths[c], 2), CustomWidth = true });
        return columns;
    }

    private static Table TableDefinition(ReportTable table, string name, uint id, int headerRow, int lastRow)
    {
        string reference = $"A{headerRow}:{CellWriter.ColumnName(table.Columns.Count)}{lastRow}";
        var columns = new TableColumns { Count = (uint)table.Columns.Count };
        for (int c = 0; c < table.Columns.Count; c++)
            columns.Append(new OxTableColumn { Id = (uint)(c + 1), Name = SafeText.Clean(table.Columns[c].Header) });
        return new Table(
            new AutoFilter { Reference = reference },
            columns,
            new TableStyleInfo { Name = SheetStyles.TableTheme, ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = true, ShowColumnStripes = false })
        {
            Id = id,
            Name = name,
            DisplayName = name,
            Reference = reference,
            TotalsRowShown = false,
        };
    }

    /// <summary>
    /// What must be known before the first row is written: column widths (from a sample of each
    /// table's first rows) and the frozen row (tables above the frozen one are read in full: they
    /// are expected to be short summaries).
    /// </summary>
    private static WritePlan Plan(ReportSheet sheet)
    {
        var heads = new List<List<IReadOnlyList<CellValue>>>();
        var tails = new List<IEnumerator<IReadOnlyList<CellValue>>?>();
        var tableWidths = new List<IReadOnlyList<double>>();
        int frozenRow = 0;
        int row = 3 + sheet.Paragraphs.Count;
        for (int t = 0; t < sheet.Tables.Count; t++)
        {
            var table = sheet.Tables[t];
            var widths = new ColumnWidths(table.Columns);
            var head = new List<IReadOnlyList<CellValue>>();
            var rows = table.Rows.GetEnumerator();
            bool complete = false;
            while (t < sheet.FrozenTable || head.Count < WidthSampleRows)
            {
                if (!rows.MoveNext()) { complete = true; break; }
                var copy = rows.Current.ToArray();
                widths.Observe(copy);
                head.Add(copy);
            }
            if (complete) rows.Dispose();
            heads.Add(head);
            tails.Add(complete ? null : rows);
            tableWidths.Add(widths.Widths);

            if (table.Heading is not null) row++;
            if (t == sheet.FrozenTable) frozenRow = row;
            if (t < sheet.FrozenTable)
                row += Math.Max(head.Count, 1) + (table.Note is null ? 0 : 1) + 2;
        }
        return new WritePlan(heads, tails, ColumnWidths.Max(tableWidths), frozenRow);
    }

    private sealed record WritePlan(
        List<List<IReadOnlyList<CellValue>>> Heads,
        List<IEnumerator<IReadOnlyList<CellValue>>?> Tails,
        IReadOnlyList<double> Widths,
        int FrozenRow)
    {
        public IEnumerable<IReadOnlyList<CellValue>> Rows(int table)
        {
            foreach (var row in Heads[table]) yield return row;
            Heads[table].Clear();
            if (Tails[table] is not { } tail) yield break;
            using (tail)
                while (tail.MoveNext()) yield return tail.Current;
        }
    }

    /// <summary>
    /// Writes cells by reusing one prototype element per kind and one attribute list: the SAX
    /// writer only serialises what it is given, so a million rows allocate no element objects.
    /// </summary>
    private sealed class CellWriter(OpenXmlWriter writer, IReadOnlyDictionary<StyleKind, uint> styles, string sheetName, int maxRows)
    {
        private static readonly string[] ColumnNames = [.. Enumerable.Range(1, 702).Select(ComputeColumnName)];

        private readonly Row _row = new();
        private readonly Cell _cell = new();
        private readonly OxCellValue _value = new();
        private readonly InlineString _inline = new();
        private readonly Text _text = new();
        private readonly List<OpenXmlAttribute> _attributes = new(4);
        private readonly OpenXmlAttribute[] _preserve = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
        private readonly Dictionary<StyleKind, string> _styleIds = styles.ToDictionary(p => p.Key, p => p.Value.ToString(CultureInfo.InvariantCulture));

        public static string ColumnName(int column) => column <= ColumnNames.Length ? ColumnNames[column - 1] : ComputeColumnName(column);

        public void StartRow(int row, double? height = null)
        {
            if (row > maxRows)
                throw new InvalidOperationException(
                    $"La feuille « {sheetName} » dépasse le nombre de lignes qu'Excel accepte ({maxRows.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))}) : répartissez ce tableau sur plusieurs feuilles.");
            _attributes.Clear();
            _attributes.Add(new OpenXmlAttribute("r", "", row.ToString(CultureInfo.InvariantCulture)));
            if (height is { } h && h > 15)
            {
                _attributes.Add(new OpenXmlAttribute("ht", "", h.ToString(CultureInfo.InvariantCulture)));
                _attributes.Add(new OpenXmlAttribute("customHeight", "", "1"));
            }
            writer.WriteStartElement(_row, _attributes);
        }

        public void EndRow() => writer.WriteEndElement();

        /// <summary>A row holding one text cell (title, paragraph, note).</summary>
        public void Text(int row, int column, string text, StyleKind style, double? height = null)
        {
            StartRow(row, height);
            TextCell(row, column, text, style);
            EndRow();
        }

        public void TextCell(int row, int column, string text, StyleKind style)
        {
            if (style is StyleKind.Title or StyleKind.Paragraph or StyleKind.Heading or StyleKind.Note or StyleKind.Header or StyleKind.NumberHeader
                && SafeText.LooksInterpretable(text))
                style = StyleKind.TextQuoted;
            StartCell(row, column, style, "inlineStr");
            writer.WriteStartElement(_inline);
            writer.WriteStartElement(_text, _preserve);
            writer.WriteString(SafeText.Clean(text));
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        public void Value(int row, int column, in CellValue value, TableColumn tableColumn)
        {
            var style = SheetStyles.For(value, tableColumn);
            switch (value.Kind)
            {
                case CellValueKind.Text:
                    TextCell(row, column, value.Text!, style);
                    break;
                case CellValueKind.Number:
                case CellValueKind.Date:
                    StartCell(row, column, style, null);
                    writer.WriteStartElement(_value);
                    writer.WriteString(value.Number.ToString("R", CultureInfo.InvariantCulture));
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                    break;
            }
        }

        private void StartCell(int row, int column, StyleKind style, string? type)
        {
            _attributes.Clear();
            _attributes.Add(new OpenXmlAttribute("r", "", ColumnName(column) + row.ToString(CultureInfo.InvariantCulture)));
            _attributes.Add(new OpenXmlAttribute("s", "", _styleIds[style]));
            if (type is not null) _attributes.Add(new OpenXmlAttribute("t", "", type));
            writer.WriteStartElement(_cell, _attributes);
        }

        private static string ComputeColumnName(int column)
        {
            string name = "";
            for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
            return name;
        }
    }
}
