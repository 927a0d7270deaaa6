namespace Ressourcerie.Analytics.Ingestion;

/// <summary>Where a value came from: a file and its row as a spreadsheet shows it (header = row 1).</summary>
public readonly record struct SourceLocation(string File, int Row)
{
    public static SourceLocation None { get; } = new("", 0);

    public override string ToString() => Row > 0 ? $"{File}, ligne {Row}" : File;
}
