namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// What the model knows about one equipment category of <see cref="Inventories.EquipmentTaxonomy"/>:
/// the factor row it maps to (<see cref="Mapping"/>), the embodied footprint of a new unit
/// (manufacture + distribution, kgCO2e), its lifetime (years), its electricity use (kWh a year) and
/// its end of life (kgCO2e, listed for reference: the embodied factors exclude it and so does the
/// model). Each is an <see cref="EmissionFactor"/> so that its source travels with it.
/// </summary>
public sealed record DeviceFactors(
    string CategoryId,
    string Mapping,
    EmissionFactor Embodied,
    EmissionFactor? Lifetime,
    EmissionFactor? AnnualEnergy,
    EmissionFactor? EndOfLife,
    double? PowerW,
    double? UseHoursPerDay)
{
    /// <summary>The model can count this category: an embodied footprint and a lifetime are known.</summary>
    public bool IsUsable => !Embodied.IsMissing && Lifetime is { Range.Typical: > 0 };

    public double LifetimeYears => Lifetime?.Range.Typical ?? 0;

    /// <summary>Why the category cannot be counted (French), or null when it can.</summary>
    public string? MissingReason =>
        Embodied.IsMissing ? Embodied.Source
        : Lifetime is not { Range.Typical: > 0 } ? "durée de vie inconnue"
        : null;
}
