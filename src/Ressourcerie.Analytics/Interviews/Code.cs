namespace Ressourcerie.Analytics.Interviews;

/// <summary>
/// A code of the codebook. <see cref="Path"/> is the full hierarchical name written
/// <c>Parent &gt; Enfant</c>, which is how codes are identified everywhere.
/// </summary>
public sealed record Code(string Path, string? Description = null, string? Guid = null, string? Color = null)
{
    public const string Separator = " > ";

    public string Name => Path.Contains(Separator) ? Path[(Path.LastIndexOf(Separator, StringComparison.Ordinal) + Separator.Length)..] : Path;

    public string? ParentPath => Path.Contains(Separator) ? Path[..Path.LastIndexOf(Separator, StringComparison.Ordinal)] : null;

    public int Depth => Path.Split(Separator).Length - 1;
}
