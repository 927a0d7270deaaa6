using System.Globalization;
using Microsoft.Data.Analysis;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Needs;

/// <summary>Tables of a matching for reports and notebooks (French column names, deterministic order).</summary>
public static class MatchingSummary
{
    private const string UnknownRegion = "région inconnue";
    private static readonly StringComparer FrenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: false);

    /// <summary>One row per loan: lender, borrower, category, quantity, distance, period, project.</summary>
    public static DataFrame Loans(MatchingResult result, IEnumerable<Institution> institutions)
    {
        var names = NamesById(institutions);
        var loans = result.Loans;
        return new DataFrame(
            new StringDataFrameColumn("Prêteur", loans.Select(l => l.LenderInstitutionId)),
            new StringDataFrameColumn("Nom du prêteur", loans.Select(l => names.GetValueOrDefault(l.LenderInstitutionId)?.Name ?? "")),
            new StringDataFrameColumn("Emprunteur", loans.Select(l => l.BorrowerInstitutionId)),
            new StringDataFrameColumn("Nom de l'emprunteur", loans.Select(l => names.GetValueOrDefault(l.BorrowerInstitutionId)?.Name ?? "")),
            new StringDataFrameColumn("Catégorie", loans.Select(l => l.CategoryId)),
            new StringDataFrameColumn("Libellé catégorie", loans.Select(l => EquipmentTaxonomy.FrenchLabel(l.CategoryId))),
            new Int32DataFrameColumn("Quantité", loans.Select(l => l.Quantity)),
            new DoubleDataFrameColumn("Distance (km)", loans.Select(l => Math.Round(l.DistanceKm, 1))),
            new DateTimeDataFrameColumn("Début", loans.Select(l => (DateTime?)l.Start.ToDateTime(TimeOnly.MinValue))),
            new DateTimeDataFrameColumn("Fin", loans.Select(l => (DateTime?)l.End.ToDateTime(TimeOnly.MinValue))),
            new StringDataFrameColumn("Projet", loans.Select(l => l.Project ?? "")));
    }

    /// <summary>One row per need left (partly) unmet, with the units missing and the reason.</summary>
    public static DataFrame Unmet(MatchingResult result)
    {
        var unmet = result.Unmet;
        return new DataFrame(
            new StringDataFrameColumn("Établissement", unmet.Select(u => u.Need.InstitutionId)),
            new StringDataFrameColumn("Catégorie", unmet.Select(u => u.Need.CategoryId)),
            new StringDataFrameColumn("Libellé catégorie", unmet.Select(u => EquipmentTaxonomy.FrenchLabel(u.Need.CategoryId))),
            new Int32DataFrameColumn("Quantité demandée", unmet.Select(u => u.Need.Quantity)),
            new Int32DataFrameColumn("Quantité non couverte", unmet.Select(u => u.QuantityUnmet)),
            new DateTimeDataFrameColumn("Début", unmet.Select(u => (DateTime?)u.Need.Start.ToDateTime(TimeOnly.MinValue))),
            new DateTimeDataFrameColumn("Fin", unmet.Select(u => (DateTime?)u.Need.End.ToDateTime(TimeOnly.MinValue))),
            new StringDataFrameColumn("Projet", unmet.Select(u => u.Need.Project ?? "")),
            new StringDataFrameColumn("Motif", unmet.Select(u => u.Reason)),
            new StringDataFrameColumn("Source", unmet.Select(u => u.Need.Source.ToString())));
    }

    /// <summary>
    /// Per region (of the borrower for needs, of the lender for units lent out): units needed, units
    /// met by loans, units unmet, coverage, mean distance per unit lent, units lent by the region's
    /// institutions and, of the units received, those that came from another region. Regions in
    /// French alphabetical order, « région inconnue » last.
    /// </summary>
    public static DataFrame ByRegion(MatchingResult result, IEnumerable<Institution> institutions)
    {
        var byId = NamesById(institutions);
        string RegionOf(string id) => byId.TryGetValue(id, out var i) && !string.IsNullOrWhiteSpace(i.Region) ? i.Region! : UnknownRegion;

        var rows = new Dictionary<string, RegionRow>(StringComparer.Ordinal);
        RegionRow Row(string region) => rows.TryGetValue(region, out var r) ? r : rows[region] = new RegionRow();
        foreach (var loan in result.Loans)
        {
            var borrower = Row(RegionOf(loan.BorrowerInstitutionId));
            string lenderRegion = RegionOf(loan.LenderInstitutionId);
            borrower.Received += loan.Quantity;
            borrower.Km += loan.DistanceKm * loan.Quantity;
            if (lenderRegion != RegionOf(loan.BorrowerInstitutionId)) borrower.FromOtherRegions += loan.Quantity;
            Row(lenderRegion).LentOut += loan.Quantity;
        }
        foreach (var unmet in result.Unmet) Row(RegionOf(unmet.Need.InstitutionId)).Unmet += unmet.QuantityUnmet;

        var regions = rows.Keys.Where(r => r != UnknownRegion).Order(FrenchOrder).ToList();
        if (rows.ContainsKey(UnknownRegion)) regions.Add(UnknownRegion);
        var data = regions.Select(r => rows[r]).ToList();
        return new DataFrame(
            new StringDataFrameColumn("Région", regions),
            new Int64DataFrameColumn("Besoins (unités)", data.Select(r => r.Received + r.Unmet)),
            new Int64DataFrameColumn("Unités couvertes par prêt", data.Select(r => r.Received)),
            new Int64DataFrameColumn("Unités non couvertes", data.Select(r => r.Unmet)),
            new DoubleDataFrameColumn("Taux de couverture", data.Select(r => r.Received + r.Unmet == 0 ? 0 : (double)r.Received / (r.Received + r.Unmet))),
            new DoubleDataFrameColumn("Distance moyenne par unité (km)", data.Select(r => r.Received == 0 ? (double?)null : Math.Round(r.Km / r.Received, 1))),
            new Int64DataFrameColumn("Unités prêtées par la région", data.Select(r => r.LentOut)),
            new Int64DataFrameColumn("Unités reçues d'une autre région", data.Select(r => r.FromOtherRegions)));
    }

    private static Dictionary<string, Institution> NamesById(IEnumerable<Institution> institutions)
    {
        var byId = new Dictionary<string, Institution>(StringComparer.Ordinal);
        foreach (var institution in institutions) byId.TryAdd(institution.Id, institution);
        return byId;
    }

    private sealed class RegionRow
    {
        public long Received;
        public long Unmet;
        public long LentOut;
        public long FromOtherRegions;
        public double Km;
    }
}
