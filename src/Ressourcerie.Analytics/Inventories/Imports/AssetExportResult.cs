namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>What an asset export gave: the accepted lines, and how its dates and asset kind were read (also reported as warnings).</summary>
public sealed record AssetExportResult(
    IReadOnlyList<InventoryItem> Items,
    AssetExportFormat Format,
    DateOrder? DateOrder,
    bool DateOrderAssumed,
    GlpiItemType? ItemType);
