namespace Ressourcerie.Analytics.Interviews.Frequencies;

/// <summary>Whether a code's counts include its sub-codes' segments.</summary>
public enum CodeCounting
{
    /// <summary>"propre": only segments coded with the code itself.</summary>
    Own,

    /// <summary>"avec sous-codes": segments coded with the code or any of its descendants (a parent aggregates its children).</summary>
    WithSubcodes,
}
