using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>One line of an institution's inventory: one or more identical devices.</summary>
public sealed record InventoryItem(
    string InstitutionId,
    string CategoryId,
    string? Label,
    string? Brand,
    string? Model,
    int Quantity,
    int? AcquisitionYear,
    EquipmentStatus Status,
    double? MonthsUsedPerYear,
    decimal? PurchasePriceEur,
    SourceLocation Source);
