namespace Ressourcerie.Analytics;

/// <summary>What a study depends on besides its files: the clock (for "current year" rules), injected so that tests are reproducible.</summary>
public sealed record StudyOptions
{
    public static StudyOptions Default { get; } = new();

    /// <summary>The clock; <see cref="TimeProvider.System"/> unless a test fixes the date.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The current year in local time, upper bound of acquisition years.</summary>
    public int CurrentYear => Clock.GetLocalNow().Year;
}
