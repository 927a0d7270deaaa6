namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// The GLPI asset types a list export can hold (one per export, except the « Tous les actifs »
/// search, which adds an item type column). The type is a category hint when the labels are vague:
/// a monitor is a display whatever its model number says.
/// </summary>
public enum GlpiItemType
{
    Computer,
    Monitor,
    Peripheral,
    NetworkEquipment,
    Printer,
    Phone,
}
