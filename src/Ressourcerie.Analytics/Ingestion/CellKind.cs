namespace Ressourcerie.Analytics.Ingestion;

/// <summary>What a cell holds. CSV cells are always <see cref="Text"/> or <see cref="Empty"/>; XLSX cells keep Excel's type.</summary>
public enum CellKind
{
    Empty,
    Text,
    Number,
    Date,
    Boolean,

    /// <summary>An Excel error value such as <c>#N/A</c> or <c>#DIV/0!</c>.</summary>
    Error,
}
