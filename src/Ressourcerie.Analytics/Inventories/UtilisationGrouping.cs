namespace Ressourcerie.Analytics.Inventories;

/// <summary>How <see cref="InventoryAnalysis.Utilisation"/> groups institutions.</summary>
public enum UtilisationGrouping
{
    InstitutionType,
    Region,
}
