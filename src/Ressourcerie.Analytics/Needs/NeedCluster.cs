namespace Ressourcerie.Analytics.Needs;

/// <summary>
/// A group of institutions with similar needs: its members (ids, sorted), the categories that weigh
/// most in their needs, and a French description for reports.
/// </summary>
public sealed record NeedCluster(int Id, IReadOnlyList<string> InstitutionIds, IReadOnlyList<CategoryShare> TopCategories, string Description)
{
    public int Size => InstitutionIds.Count;
}
