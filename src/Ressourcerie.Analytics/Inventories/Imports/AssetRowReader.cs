using System.Globalization;
using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Inventories.Imports;

/// <summary>
/// Cell reading shared by the GLPI and Snipe-IT importers: texts (GLPI's multi-valued cells joined
/// with <c>&lt;br&gt;</c> and its <c>''</c> for a double quote undone), statuses, purchase dates in
/// the file's date order, prices. Values that cannot be used are dropped from the line with a
/// warning (an asset is never rejected for its price or date); only the institution and the
/// category can reject a row.
/// </summary>
internal sealed class AssetRowReader(RowValidator row, TabularReader reader, DateOrder dateOrder, int currentYear, bool glpiEscapes)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private readonly StringPool _texts = new();

    public RowValidator Row => row;

    /// <summary>
    /// The inventory line of the row's asset, or null when the row was rejected: an export lists
    /// assets one by one (quantity 1) and says nothing of their months of use.
    /// </summary>
    public InventoryItem? Asset(string? institutionId, string? categoryId, string? name, string? manufacturer, string? model, int? year, EquipmentStatus status, decimal? price) =>
        row.IsRejected ? null : new InventoryItem(institutionId!, categoryId!, name, manufacturer, model, 1, year, status, null, price, new SourceLocation(row.File, row.Row));

    /// <summary>The distinct values of a cell (GLPI joins several with " &lt;br&gt;"), in order.</summary>
    public List<string> Values(BoundColumn column)
    {
        var values = new List<string>(1);
        if (row.IsEmpty(column)) return values;
        var span = row.Span(column);
        while (!span.IsEmpty)
        {
            int cut = glpiEscapes ? span.IndexOf("<br>", StringComparison.OrdinalIgnoreCase) : -1;
            var part = (cut < 0 ? span : span[..cut]).Trim();
            span = cut < 0 ? default : span[(cut + 4)..];
            if (part.IsEmpty) continue;
            var text = glpiEscapes && part.Contains("''", StringComparison.Ordinal) ? part.ToString().Replace("''", "\"") : _texts.Get(part);
            if (!values.Contains(text)) values.Add(text);
        }
        return values;
    }

    /// <summary>All values of a cell joined with " / " (for labels and models), or null when empty.</summary>
    public string? Text(BoundColumn column)
    {
        var values = Values(column);
        return values.Count switch { 0 => null, 1 => values[0], _ => string.Join(" / ", values) };
    }

    /// <summary>The first value of a single-valued cell; several distinct values are reported.</summary>
    public string? Single(BoundColumn column, string what)
    {
        var values = Values(column);
        if (values.Count > 1)
            row.Warn(column, $"Plusieurs valeurs pour {what} ({string.Join(", ", values.Select(v => $"« {v} »"))}) : la première est retenue.");
        return values.Count == 0 ? null : values[0];
    }

    public EquipmentStatus Status(BoundColumn column)
    {
        var text = Single(column, "le statut");
        if (text is null)
        {
            row.Warn(column, "Statut vide : le matériel est compté « en service » (il ne sera pas proposé au prêt).");
            return EquipmentStatus.EnService;
        }
        if (AssetStatuses.TryMap(text, out var status)) return status;
        row.Warn(column,
            $"Statut « {text} » inconnu : le matériel est compté « en service » (il ne sera pas proposé au prêt). Statuts reconnus : en service, en stock, hors service, à réparer, prêté, et ceux de GLPI et Snipe-IT (Ready to Deploy, Deployed, Pending, Archived, Broken…).");
        return EquipmentStatus.EnService;
    }

    /// <summary>The year of a purchase date, or null (with a warning when the date is unreadable or out of range).</summary>
    public int? AcquisitionYear(BoundColumn column)
    {
        if (row.IsEmpty(column)) return null;
        DateOnly date;
        if (row.Kind(column) == CellKind.Date)
        {
            date = DateOnly.FromDateTime(reader.Date(column.Index));
        }
        else
        {
            var text = Single(column, "la date d'achat");
            if (text is null) return null;
            if (!AssetDate.TryParse(text, dateOrder, out date))
            {
                row.Warn(column, $"Date d'achat « {text} » illisible dans l'ordre {dateOrder.French()} retenu pour ce fichier : année d'acquisition laissée vide.");
                return null;
            }
        }
        if (date.Year < InventoryReader.FirstAcquisitionYear || date.Year > currentYear)
        {
            row.Warn(column, $"Date d'achat {date.ToString("dd/MM/yyyy", French)} hors de la période {InventoryReader.FirstAcquisitionYear}–{currentYear} : année d'acquisition laissée vide.");
            return null;
        }
        return date.Year;
    }

    /// <summary>A purchase price in euros (decimal comma or point, thousands separators, currency), or null with a warning when unusable.</summary>
    public decimal? Price(BoundColumn column)
    {
        if (row.IsEmpty(column)) return null;
        double value;
        if (row.Kind(column) == CellKind.Number) value = reader.Number(column.Index);
        else if (!FrenchNumber.TryParse(row.Span(column), out value))
        {
            row.Warn(column, $"Prix « {row.Span(column)} » illisible : laissé vide.");
            return null;
        }
        if (value < 0)
        {
            row.Warn(column, $"Prix négatif ({value.ToString("0.##", French)}) : laissé vide.");
            return null;
        }
        // The layout's own reader takes prices up to a billion euros; beyond, 1e308 overflowed the decimal.
        if (!(value <= 1e9))
        {
            row.Warn(column, $"Prix « {row.Span(column)} » invraisemblable (plus d'un milliard d'euros) : laissé vide.");
            return null;
        }
        return Math.Round((decimal)value, 2);
    }
}
