namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// A device model as it appears in institutions' inventories: the label people type, brand, model,
/// a typical unit purchase price (€ TTC, public sector) and the years it was sold, which bound the
/// acquisition years drawn for it.
/// </summary>
internal sealed record EquipmentModel(
    string CategoryId,
    string Label,
    string Brand,
    string Model,
    int PriceEur,
    int FirstYear,
    int LastYear,
    double Weight = 1);
