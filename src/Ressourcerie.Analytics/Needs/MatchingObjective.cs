namespace Ressourcerie.Analytics.Needs;

/// <summary>What the loan matching optimises.</summary>
public enum MatchingObjective
{
    /// <summary>
    /// First the fewest unmet units of need, then the least total distance (km × units): a loan is
    /// always preferred to a purchase, however far within the maximum distance. The default.
    /// </summary>
    MaximiseNeedsMet,

    /// <summary>
    /// The least total distance, where a unit left unmet counts as <see cref="MatchingOptions.UnmetPenaltyKm"/>
    /// km (by default the maximum distance): two long loans may give way to one short loan and one
    /// purchase. Without that penalty the empty matching would be optimal.
    /// </summary>
    MinimiseDistance,
}
