namespace Ressourcerie.Analytics.Ingestion;

/// <summary>An expected column as found in one file: its layout name, its index (-1 when the file lacks it) and its header as written there (what issues name).</summary>
public readonly record struct BoundColumn(string Name, int Index, string Header)
{
    /// <summary>No column: for issues about the row as a whole, and for optional columns a layout does not have.</summary>
    public static BoundColumn None { get; } = new("", -1, "");

    public bool IsPresent => Index >= 0;
}
