namespace Ressourcerie.Analytics.Interviews.Writers;

public sealed record RefiQdaWriteOptions
{
    public static RefiQdaWriteOptions Default { get; } = new();

    /// <summary>The project's name in project.qde.</summary>
    public string ProjectName { get; init; } = "Ressourcerie numérique culturelle";

    /// <summary>
    /// Writes respondents' names as case names. Off by default: they are personal data, and a
    /// project shared with another team should carry the interview ids and profiles only.
    /// </summary>
    public bool IncludeRespondentNames { get; init; }
}
