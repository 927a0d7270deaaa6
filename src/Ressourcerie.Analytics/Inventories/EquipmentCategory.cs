namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// A kind of multimedia equipment. <see cref="Id"/> is the stable snake_case key used in data files,
/// factors and reports; <see cref="Family"/> groups related categories (the three computers, the
/// audio chain…) for summaries.
/// </summary>
public sealed record EquipmentCategory(string Id, string LabelFr, string LabelEn, string Family)
{
    public override string ToString() => LabelFr;
}
