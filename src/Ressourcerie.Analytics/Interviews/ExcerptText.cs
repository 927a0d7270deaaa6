namespace Ressourcerie.Analytics.Interviews;

/// <summary>How two excerpts are compared when segments have no offsets: same words, whitespace aside.</summary>
internal static class ExcerptText
{
    public static string Normalize(string excerpt) =>
        string.Join(' ', excerpt.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
