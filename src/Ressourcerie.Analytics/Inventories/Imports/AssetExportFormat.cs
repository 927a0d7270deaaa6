namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>The tool an export comes from.</summary>
public enum AssetExportFormat
{
    Glpi,
    SnipeIt,
}
