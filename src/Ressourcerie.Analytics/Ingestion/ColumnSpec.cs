namespace Ressourcerie.Analytics.Ingestion;

/// <summary>
/// A column of an input layout: its snake_case name, its French label, and any other header that
/// means the same (English, older templates, tools' exports). Headers match after
/// <see cref="MatchKey.Fold"/>, so case, accents, spaces, <c>_</c>, <c>-</c> and punctuation do not matter.
/// </summary>
public sealed record ColumnSpec(string Name, string FrenchLabel, bool Required, params string[] Aliases)
{
    public IEnumerable<string> AllNames => new[] { Name, FrenchLabel }.Concat(Aliases);
}
