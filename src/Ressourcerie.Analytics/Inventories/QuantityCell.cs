using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories;

/// <summary>The quantity rule shared by inventories and needs: a whole number of devices, 1 or more; an empty cell counts as 1 (with a warning).</summary>
public static class QuantityCell
{
    public static int Read(RowValidator row, BoundColumn column)
    {
        if (row.IsEmpty(column))
        {
            if (column.IsPresent && !row.HasErrorValue(column)) row.Warn(column, "Quantité vide : comptée pour 1.");
            return 1;
        }
        return row.TryInteger(column, 1, int.MaxValue, "un nombre entier d'appareils, 1 ou plus", out long? quantity) && quantity is not null
            ? (int)quantity.Value
            : 1;
    }
}
