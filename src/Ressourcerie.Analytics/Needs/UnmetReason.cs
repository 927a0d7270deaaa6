namespace Ressourcerie.Analytics.Needs;

/// <summary>Why (part of) a need could not be met by a loan.</summary>
public enum UnmetReason
{
    /// <summary>No other institution has idle equipment of the category.</summary>
    NoIdleItemInCategory,

    /// <summary>Idle equipment of the category exists, but none within the maximum distance.</summary>
    NoneWithinDistance,

    /// <summary>Idle equipment within reach exists, but all of it is lent to other needs during the period.</summary>
    AllBusyInPeriod,

    /// <summary>Under <see cref="MatchingObjective.MinimiseDistance"/>: a loan was possible but costs more than the penalty of an unmet unit.</summary>
    NotWorthTheDistance,

    /// <summary>The institution that needs the equipment is not in the institutions list.</summary>
    UnknownInstitution,

    /// <summary>The institution that needs the equipment has no coordinates, so no distance can be computed.</summary>
    NoCoordinates,

    /// <summary>The need ends before it starts.</summary>
    InvalidPeriod,
}
