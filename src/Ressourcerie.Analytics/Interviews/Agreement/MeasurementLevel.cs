namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// The level of measurement of the values coders assign, which chooses Krippendorff's difference
/// function δ² (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section E).
/// </summary>
public enum MeasurementLevel
{
    /// <summary>Categories without order: δ² = 0 when equal, 1 otherwise.</summary>
    Nominal,

    /// <summary>Ranks: δ² depends on how many values lie between the two (their marginal frequencies).</summary>
    Ordinal,

    /// <summary>Numbers with meaningful differences: δ² = (c − k)².</summary>
    Interval,

    /// <summary>Non-negative numbers with a meaningful zero: δ² = ((c − k) / (c + k))².</summary>
    Ratio,
}

public static class MeasurementLevelNames
{
    /// <summary>The name used on the command line and in JSON (<c>nominal</c>, <c>ordinal</c>, <c>interval</c>, <c>ratio</c>).</summary>
    public static string Key(this MeasurementLevel level) => level switch
    {
        MeasurementLevel.Nominal => "nominal",
        MeasurementLevel.Ordinal => "ordinal",
        MeasurementLevel.Interval => "interval",
        _ => "ratio",
    };

    public static string French(this MeasurementLevel level) => level switch
    {
        MeasurementLevel.Nominal => "nominal",
        MeasurementLevel.Ordinal => "ordinal",
        MeasurementLevel.Interval => "d'intervalle",
        _ => "de rapport",
    };

    /// <summary>Reads a level as written on a command line, in English or French ("intervalle", "rapport").</summary>
    public static bool TryParse(string? text, out MeasurementLevel level)
    {
        level = MeasurementLevel.Nominal;
        switch (Ingestion.MatchKey.Fold(text ?? ""))
        {
            case "nominal" or "nominale":
                level = MeasurementLevel.Nominal;
                return true;
            case "ordinal" or "ordinale":
                level = MeasurementLevel.Ordinal;
                return true;
            case "interval" or "intervalle":
                level = MeasurementLevel.Interval;
                return true;
            case "ratio" or "rapport":
                level = MeasurementLevel.Ratio;
                return true;
            default:
                return false;
        }
    }
}
