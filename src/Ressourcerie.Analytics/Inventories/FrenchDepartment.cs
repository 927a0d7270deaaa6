namespace Ressourcerie.Analytics.Inventories;

/// <summary>
/// A French département (or overseas collectivity): its code (<c>01</c>, <c>2A</c>, <c>971</c>), its
/// name, its current region (null for the collectivities outside the 18 regions) and the digits its
/// postal codes start with (<c>20</c> for both Corsican départements, <c>971</c> for Saint-Barthélemy
/// and Saint-Martin, whose mail goes through Guadeloupe).
/// </summary>
public sealed record FrenchDepartment(string Code, string Name, string? Region, string PostalPrefix)
{
    /// <summary>True when <paramref name="postalCode"/> (five digits) belongs to this département by its first digits.</summary>
    public bool OwnsPostalCode(string postalCode) => postalCode.Length == 5 && postalCode.StartsWith(PostalPrefix, StringComparison.Ordinal);
}
