namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// What the factors multiply, for one cell or one category over the horizon: units lent instead of
/// bought, units still bought, lifetime-equivalent units saved S · H · (1/L − 1/L′), replacements
/// S · H / L′, extra kWh of older devices (negative), and vehicle-km of the loans.
/// </summary>
internal readonly record struct LeverQuantities(
    double NeedUnits,
    double AvoidedUnits,
    double PurchaseUnits,
    double StockUnits,
    double StockUseUnits,
    double LifetimeUnits,
    double ReplacementUnits,
    double ExtraKwh,
    double VehicleKm)
{
    public static LeverQuantities Zero => default;

    public static LeverQuantities operator +(LeverQuantities a, LeverQuantities b) => new(
        a.NeedUnits + b.NeedUnits,
        a.AvoidedUnits + b.AvoidedUnits,
        a.PurchaseUnits + b.PurchaseUnits,
        a.StockUnits + b.StockUnits,
        a.StockUseUnits + b.StockUseUnits,
        a.LifetimeUnits + b.LifetimeUnits,
        a.ReplacementUnits + b.ReplacementUnits,
        a.ExtraKwh + b.ExtraKwh,
        a.VehicleKm + b.VehicleKm);

    /// <param name="embodied">kgCO2e per new unit.</param>
    /// <param name="saving">Share of the embodied footprint a refurbished purchase avoids (0–1).</param>
    /// <param name="refurbishedShare">Share of purchases made refurbished (the scenario's lever).</param>
    /// <param name="grid">kgCO2e per kWh.</param>
    /// <param name="van">kgCO2e per vehicle-km.</param>
    public LeverValues Value(double embodied, double saving, double refurbishedShare, double grid, double van) => new(
        AvoidedUnits,
        embodied * AvoidedUnits,
        embodied * LifetimeUnits,
        embodied * saving * refurbishedShare * (PurchaseUnits + ReplacementUnits),
        grid * ExtraKwh,
        van * VehicleKm);
}
