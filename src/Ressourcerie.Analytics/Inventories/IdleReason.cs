namespace Ressourcerie.Analytics.Inventories;

/// <summary>Why a line of equipment is counted as idle (see <see cref="IdleStock"/>).</summary>
public enum IdleReason
{
    /// <summary>Status « en stock »: stored, whatever its declared usage.</summary>
    InStock,

    /// <summary>Status « en service » but used no more than the threshold of months a year.</summary>
    RarelyUsed,
}
