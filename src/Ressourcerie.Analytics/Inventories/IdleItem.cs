namespace Ressourcerie.Analytics.Inventories;

/// <summary>A line of idle equipment and, in French, why it is idle.</summary>
public sealed record IdleItem(InventoryItem Item, IdleReason Reason, string Explanation);
