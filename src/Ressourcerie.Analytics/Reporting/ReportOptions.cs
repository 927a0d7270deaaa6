using System.Reflection;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// The parameters of a report run. The clock and the environment are injected so that a test, or
/// a reproducible build with <c>SOURCE_DATE_EPOCH</c>, fixes the generation date.
/// </summary>
public sealed record ReportOptions
{
    public const int DefaultSeed = 42;
    public const int DefaultIterations = 10_000;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Monte Carlo iterations for the impact scenarios.</summary>
    public int Iterations { get; init; } = DefaultIterations;

    public IReadOnlyList<string> ScenarioFiles { get; init; } = [];

    /// <summary>The loan matching of the Appariements sheet (maximum distance, objective, buffer).</summary>
    public Needs.MatchingOptions Matching { get; init; } = new();

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Reads an environment variable (only <c>SOURCE_DATE_EPOCH</c> is read).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public string ToolkitVersion { get; init; } = CurrentToolkitVersion;

    public static string CurrentToolkitVersion { get; } =
        typeof(ReportOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ReportOptions).Assembly.GetName().Version?.ToString()
        ?? "inconnue";

    /// <summary>
    /// The date printed in the report: the day of <c>SOURCE_DATE_EPOCH</c> (seconds since 1970,
    /// UTC) when it is set, as reproducible-builds.org specifies, else today on the clock. A date
    /// only, so that two runs on the same day write identical cells.
    /// </summary>
    public DateOnly GenerationDate()
    {
        var epoch = Environment("SOURCE_DATE_EPOCH");
        if (!string.IsNullOrWhiteSpace(epoch))
        {
            if (!long.TryParse(epoch.Trim(), out long seconds) || seconds < 0)
                throw new FormatException($"SOURCE_DATE_EPOCH doit être un nombre de secondes depuis le 1er janvier 1970 (reçu « {epoch} »).");
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        }
        return DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
    }
}
