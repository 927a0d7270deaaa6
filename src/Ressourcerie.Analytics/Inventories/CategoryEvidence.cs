namespace Ressourcerie.Analytics.Inventories;

/// <summary>How a category was decided: callers warn on <see cref="VagueDefault"/> and reject on <see cref="Unknown"/> and <see cref="Empty"/>.</summary>
public enum CategoryEvidence
{
    /// <summary>The category cell says it (a synonym, a taxonomy label or id).</summary>
    Category,

    /// <summary>The category cell was ambiguous or vague ("écran", "casque", "matériel") and the libellé, brand or model settled it.</summary>
    Details,

    /// <summary>A display whose diagonal (<c>55"</c>, <c>55 pouces</c>) is 40 inches or more: a TV / large display.</summary>
    Diagonal,

    /// <summary>A vague category ("divers", "matériel") that nothing else settled: classed as <c>other</c> (callers warn).</summary>
    VagueDefault,

    /// <summary>No synonym matched: the row is rejected, with the closest label as a suggestion when one is close.</summary>
    Unknown,

    /// <summary>The category cell is empty.</summary>
    Empty,
}
