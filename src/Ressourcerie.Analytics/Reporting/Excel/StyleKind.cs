namespace Ressourcerie.Analytics.Reporting.Excel;

/// <summary>The cell styles a report sheet uses; both writers apply exactly these.</summary>
public enum StyleKind
{
    Default,
    Title,
    Paragraph,
    Heading,
    Note,
    Header,

    /// <summary>The header of a number or date column: right-aligned over its right-aligned values.</summary>
    NumberHeader,
    Text,
    TextQuoted,
    TextWrap,
    TextWrapQuoted,
    Integer,
    Decimal,
    Decimal2,
    Percent,
    Date,
    Euros,
    General,
}
