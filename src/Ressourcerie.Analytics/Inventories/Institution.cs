namespace Ressourcerie.Analytics.Inventories;

/// <summary>An institution (musée, FRAC, centre d'art, école d'art…) that holds equipment or expresses needs.</summary>
public sealed record Institution(
    string Id,
    string Name,
    InstitutionType Type,
    string? Commune,
    string? Region,
    GeoPoint? Location,
    int? Staff,
    int? ExhibitionsPerYear);
