namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// <see cref="LeverQuantities"/> valued (kgCO2e). <see cref="Avoided"/> adds the levers in the same
/// order as <see cref="ImpactAmounts.AvoidedKgCO2e"/>, so that the Monte Carlo loop and the
/// deterministic result agree to the last bit when the factors are fixed.
/// </summary>
internal readonly record struct LeverValues(double AvoidedUnits, double Purchases, double Lifetime, double Refurbished, double Use, double Transport)
{
    public double Avoided => Purchases + Lifetime + Refurbished + Use;

    public ImpactAmounts ToAmounts() => new(Purchases, Lifetime, Refurbished, Use, Transport);
}
