namespace Ressourcerie.Analytics.Inventories;

/// <summary>Where a line of equipment stands today (the template's <c>statut</c> column).</summary>
public enum EquipmentStatus
{
    EnService,
    EnStock,
    HorsService,
    AReparer,
    Prete,
}

public static class EquipmentStatusLabels
{
    public static string French(this EquipmentStatus status) => status switch
    {
        EquipmentStatus.EnService => "en service",
        EquipmentStatus.EnStock => "en stock",
        EquipmentStatus.HorsService => "hors service",
        EquipmentStatus.AReparer => "à réparer",
        _ => "prêté",
    };
}
