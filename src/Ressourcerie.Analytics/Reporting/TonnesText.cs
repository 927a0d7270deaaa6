using static Ressourcerie.Analytics.Reporting.Charts.FrenchNumberFormat;

namespace Ressourcerie.Analytics.Reporting;

/// <summary>
/// Tonnes of CO2e inside a French sentence, with as many decimals as their size needs: 1 234 t,
/// 12,3 t, 0,46 t, 0,012 t. The numbers of one sentence (a mean and its P5–P95 range) share the
/// decimals of the largest, so that « 12,3 (P5–P95 : 7,1 – 19,8) » never mixes precisions.
/// </summary>
public static class TonnesText
{
    public static int Decimals(params ReadOnlySpan<double> values)
    {
        double largest = 0;
        foreach (double v in values) largest = Math.Max(largest, Math.Abs(v));
        return largest >= 100 ? 0 : largest >= 1 ? 1 : largest >= 0.1 ? 2 : 3;
    }

    /// <summary>The number alone (« 12,3 »).</summary>
    public static string Number(double tonnes, int? decimals = null) => InText(tonnes, decimals ?? Decimals(tonnes));

    /// <summary>The number and its unit (« 12,3 tCO2e »).</summary>
    public static string Amount(double tonnes, int? decimals = null) => $"{Number(tonnes, decimals)}\u00A0tCO2e";

    /// <summary>
    /// A central value with its P5–P95 range: « 12,3 tCO2e (P5–P95 : 7,1 – 19,8) », all with the
    /// decimals of the central value unless given.
    /// </summary>
    public static string WithRange(double central, double p5, double p95, int? decimals = null)
    {
        decimals ??= Decimals(central);
        return $"{Amount(central, decimals)} (P5–P95\u00A0: {Number(p5, decimals)} – {Number(p95, decimals)})";
    }
}
