namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// What counts as idle equipment. The team's working definition (brief, interviews with
/// régisseurs): a line is idle when it sits in storage, or when it is in service but used at most
/// <see cref="MaxMonthsUsedPerYear"/> months a year (an exhibition projector out once a year).
/// </summary>
public sealed record IdleStockOptions
{
    public static IdleStockOptions Default { get; } = new();

    /// <summary>Usage at or below this many months a year makes an in-service line idle (default 2).</summary>
    public double MaxMonthsUsedPerYear { get; init; } = 2;
}
