namespace Ressourcerie.Fuzz;

/// <summary>What one mutated input did: read cleanly or refused with a French error (fine), or a crash.</summary>
/// <param name="Crash">Null when fine; else the unexpected exception, or the broken invariant, in one line.</param>
/// <param name="Detail">The exception's full text, for the crash file.</param>
public sealed record FuzzOutcome(string? Crash, string? Detail = null)
{
    public static FuzzOutcome Fine { get; } = new((string?)null);

    public bool IsCrash => Crash is not null;
}
