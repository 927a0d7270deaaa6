using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Reporting.Sections;

/// <summary>
/// Profiles and institution types as the interview sheets show them: capitalised like the
/// inventory sheet ("Musée", "FRAC", "Technique (régisseur·e)", "Non renseigné").
/// </summary>
internal static class InterviewGroupLabels
{
    public static string Heading(string group)
    {
        foreach (var type in Enum.GetValues<InstitutionType>())
            if (type.French() == group) return InventorySummary.TypeLabel(type);
        return group.Length == 0 ? group : char.ToUpperInvariant(group[0]) + group[1..];
    }
}
