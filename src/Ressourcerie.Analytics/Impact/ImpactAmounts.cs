namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// Emissions avoided by each lever and emitted by transport, in kgCO2e, for one row of a breakdown
/// (a category, an institution, a region, a year) or for the whole scenario. Avoided amounts are
/// positive when the scenario saves emissions; <see cref="UsePhaseKgCO2e"/> is negative when older
/// devices kept longer use more electricity.
/// </summary>
public sealed record ImpactAmounts(
    double AvoidedPurchasesKgCO2e,
    double LifetimeExtensionKgCO2e,
    double RefurbishedKgCO2e,
    double UsePhaseKgCO2e,
    double TransportKgCO2e)
{
    public static ImpactAmounts Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Gross avoided emissions: every lever, before transport.</summary>
    public double AvoidedKgCO2e => AvoidedPurchasesKgCO2e + LifetimeExtensionKgCO2e + RefurbishedKgCO2e + UsePhaseKgCO2e;

    /// <summary>Net balance: avoided emissions minus the transport of loans.</summary>
    public double NetKgCO2e => AvoidedKgCO2e - TransportKgCO2e;

    public double AvoidedTonnesCO2e => AvoidedKgCO2e / 1000;

    public double TransportTonnesCO2e => TransportKgCO2e / 1000;

    public double NetTonnesCO2e => NetKgCO2e / 1000;

    public static ImpactAmounts operator +(ImpactAmounts a, ImpactAmounts b) => new(
        a.AvoidedPurchasesKgCO2e + b.AvoidedPurchasesKgCO2e,
        a.LifetimeExtensionKgCO2e + b.LifetimeExtensionKgCO2e,
        a.RefurbishedKgCO2e + b.RefurbishedKgCO2e,
        a.UsePhaseKgCO2e + b.UsePhaseKgCO2e,
        a.TransportKgCO2e + b.TransportKgCO2e);
}
