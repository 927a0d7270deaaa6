namespace Ressourcerie.Analytics;

/// <summary>What an input file holds. Files are recognised by these roles' names (see <see cref="StudyInputRoles"/>).</summary>
public enum StudyInputRole
{
    Institutions,
    Inventory,
    Needs,

    /// <summary>The interviews of our layout (<c>entretiens</c>): profile, date, institution, respondent.</summary>
    Interviews,

    /// <summary>The coded segments: our layout's <c>codages</c>, a tool's flat export, or a REFI-QDA project.</summary>
    Codings,
}
