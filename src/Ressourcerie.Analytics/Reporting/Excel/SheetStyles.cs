using ClosedXML.Excel;

namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>The look of report sheets, in one place for the ClosedXML and the streaming writers.</summary>
public static class SheetStyles
{
    public const string TableTheme = "TableStyleMedium2";

    private static readonly XLColor TitleColor = XLColor.FromArgb(0x1F, 0x3A, 0x5F);
    private static readonly XLColor HeaderFill = XLColor.FromArgb(0xDC, 0xE6, 0xF1);
    private static readonly XLColor MutedColor = XLColor.FromArgb(0x44, 0x44, 0x44);

    public static void Apply(IXLStyle style, StyleKind kind)
    {
        // Top alignment everywhere: a row grown by a wrapped cell keeps its values on one line.
        style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        switch (kind)
        {
            case StyleKind.Title:
                style.Font.SetBold(true).Font.SetFontSize(14).Font.SetFontColor(TitleColor);
                break;
            case StyleKind.Paragraph:
                // Wraps within the columns the writers merge it across (ColumnWidths.ParagraphColumns).
                style.Font.SetFontColor(MutedColor).Alignment.SetWrapText(true);
                break;
            case StyleKind.Heading:
                style.Font.SetBold(true).Font.SetFontSize(12).Font.SetFontColor(TitleColor);
                break;
            case StyleKind.Note:
                style.Font.SetItalic(true).Font.SetFontSize(9).Font.SetFontColor(MutedColor);
                break;
            case StyleKind.Header:
            case StyleKind.NumberHeader:
                // An explicit fill as well as the table style: LibreOffice and printouts ignore table styles.
                style.Font.SetBold(true).Alignment.SetWrapText(true).Alignment.SetVertical(XLAlignmentVerticalValues.Top);
                style.Fill.SetBackgroundColor(HeaderFill);
                style.Border.SetBottomBorder(XLBorderStyleValues.Thin).Border.SetBottomBorderColor(TitleColor);
                if (kind == StyleKind.NumberHeader) style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);
                else Indent(style);
                break;
            case StyleKind.Text:
                style.NumberFormat.SetNumberFormatId(49);
                Indent(style);
                break;
            case StyleKind.TextQuoted:
                style.NumberFormat.SetNumberFormatId(49);
                Indent(style);
                style.IncludeQuotePrefix = true;
                break;
            case StyleKind.TextWrap:
                style.NumberFormat.SetNumberFormatId(49);
                Indent(style);
                style.Alignment.SetWrapText(true).Alignment.SetVertical(XLAlignmentVerticalValues.Top);
                break;
            case StyleKind.TextWrapQuoted:
                style.NumberFormat.SetNumberFormatId(49);
                Indent(style);
                style.Alignment.SetWrapText(true).Alignment.SetVertical(XLAlignmentVerticalValues.Top);
                style.IncludeQuotePrefix = true;
                break;
            case StyleKind.General:
                style.NumberFormat.SetNumberFormatId(0);
                break;
            case StyleKind.Integer:
            case StyleKind.Decimal:
            case StyleKind.Decimal2:
            case StyleKind.Percent:
            case StyleKind.Date:
            case StyleKind.Euros:
                style.NumberFormat.SetFormat(FormatOf(kind).Code());
                break;
        }
    }

    /// <summary>
    /// Table text starts one indent from the cell's left edge: without it, a right-aligned number
    /// ran into the text of the next column (« 96Début ») where LibreOffice draws no cell padding.
    /// </summary>
    private static void Indent(IXLStyle style) =>
        style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Left).Alignment.SetIndent(1);

    /// <summary>A column's header style: right-aligned over a column of numbers or dates, as spreadsheets align them.</summary>
    public static StyleKind HeaderOf(TableColumn column) => column.Format == CellFormat.Text ? StyleKind.Header : StyleKind.NumberHeader;

    public static StyleKind ForNumber(CellFormat format) => format switch
    {
        CellFormat.Integer => StyleKind.Integer,
        CellFormat.Decimal2 => StyleKind.Decimal2,
        CellFormat.Percent => StyleKind.Percent,
        CellFormat.Date => StyleKind.Date,
        CellFormat.Euros => StyleKind.Euros,
        CellFormat.General => StyleKind.General,
        _ => StyleKind.Decimal,
    };

    public static StyleKind ForText(string text, bool wrap)
    {
        bool quoted = SafeText.LooksInterpretable(text);
        return (wrap, quoted) switch
        {
            (false, false) => StyleKind.Text,
            (false, true) => StyleKind.TextQuoted,
            (true, false) => StyleKind.TextWrap,
            _ => StyleKind.TextWrapQuoted,
        };
    }

    /// <summary>The style of a value in a column: its own format first, then the column's.</summary>
    public static StyleKind For(in CellValue value, TableColumn column) => value.Kind switch
    {
        CellValueKind.Text => ForText(value.Text!, column.Wrap),
        CellValueKind.Number => ForNumber(value.Format ?? (column.Format == CellFormat.Text ? CellFormat.Decimal : column.Format)),
        CellValueKind.Date => StyleKind.Date,
        _ => column.Wrap ? StyleKind.TextWrap : StyleKind.Default,
    };

    private static CellFormat FormatOf(StyleKind kind) => kind switch
    {
        StyleKind.Integer => CellFormat.Integer,
        StyleKind.Decimal2 => CellFormat.Decimal2,
        StyleKind.Percent => CellFormat.Percent,
        StyleKind.Date => CellFormat.Date,
        StyleKind.Euros => CellFormat.Euros,
        _ => CellFormat.Decimal,
    };
}
