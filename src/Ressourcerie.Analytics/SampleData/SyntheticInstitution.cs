using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// A generated institution with the hidden traits its inventory, needs and interviews are drawn
/// from: its equipment profile, its share of idle stock, and how many inventory lines and need rows
/// it gets (fixed up front so that each part can be streamed independently).
/// </summary>
internal sealed record SyntheticInstitution(
    int Index,
    Institution Institution,
    Commune Commune,
    InstitutionTypeTraits Traits,
    NeedProfile Profile,
    double IdleShare,
    int InventoryLines,
    int NeedRows)
{
    public string Id => Institution.Id;
}
