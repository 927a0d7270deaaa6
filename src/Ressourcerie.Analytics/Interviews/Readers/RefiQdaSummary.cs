namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>What a REFI-QDA file contains, counted as the file states it (before mapping to interviews and segments).</summary>
/// <param name="Origin">The exporting software, from <c>Project@origin</c> or <c>CodeBook@origin</c>.</param>
/// <param name="Codes"><c>Code</c> elements, nested ones included.</param>
/// <param name="Sources">Sources of any kind (text, PDF, picture, audio, video).</param>
/// <param name="Selections">Distinct selections (a PDF selection repeated in its text representation counts once).</param>
/// <param name="Codings"><c>Coding</c> elements, on selections and on whole sources.</param>
public sealed record RefiQdaSummary(string? Origin, int Users, int Codes, int Sources, int Selections, int Codings, int Cases, int Variables);
