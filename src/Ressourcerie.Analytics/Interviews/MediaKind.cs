namespace Ressourcerie.Analytics.Interviews;

/// <summary>The kind of document a non-text selection was made in.</summary>
public enum MediaKind
{
    Pdf,
    Picture,
    Audio,
    Video,
}
