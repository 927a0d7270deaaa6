namespace Ressourcerie.Analytics;

/// <summary>What an input file holds. Files are recognised by these roles' names (see <see cref="StudyInputRoles"/>).</summary>
public enum StudyInputRole
{
    Institutions,
    Inventory,
    Needs,
}
