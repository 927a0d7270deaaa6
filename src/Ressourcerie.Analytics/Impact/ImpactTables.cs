using Microsoft.Data.Analysis;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// An <see cref="ImpactResult"/> as tables with French headers and tonnes, the way notebooks and the
/// workbook show it. Each lever has its column; « Émissions évitées » is their sum, « Bilan net »
/// subtracts transport.
/// </summary>
public static class ImpactTables
{
    public static DataFrame Categories(ImpactResult result)
    {
        var rows = result.ByCategory;
        var frame = new DataFrame(
            new StringDataFrameColumn("Catégorie", rows.Select(r => r.LabelFr)),
            new StringDataFrameColumn("Identifiant", rows.Select(r => r.CategoryId)),
            new StringDataFrameColumn("Statut du facteur", rows.Select(r => r.Status.French())),
            new DoubleDataFrameColumn("Empreinte d'une unité neuve (kgCO2e)", rows.Select(r => r.EmbodiedKgCO2ePerUnit)),
            new DoubleDataFrameColumn("Besoins (unités)", rows.Select(r => r.NeedUnits)),
            new DoubleDataFrameColumn("Prêts (unités)", rows.Select(r => r.AvoidedUnits)),
            new DoubleDataFrameColumn("Achats restants (unités)", rows.Select(r => r.PurchaseUnits)),
            new DoubleDataFrameColumn("En service (unités)", rows.Select(r => r.StockUnits)),
            new DoubleDataFrameColumn("Remplacements (unités)", rows.Select(r => r.ReplacementUnits)),
            new DoubleDataFrameColumn("Parc : fabrication annualisée (tCO2e/an)", rows.Select(r => r.StockAnnualEmbodiedKgCO2e / 1000)),
            new DoubleDataFrameColumn("Parc : électricité (tCO2e/an)", rows.Select(r => r.StockAnnualUseKgCO2e / 1000)));
        AddAmounts(frame, rows.Select(r => r.Amounts).ToList());
        return frame;
    }

    public static DataFrame Institutions(ImpactResult result)
    {
        var rows = result.ByInstitution;
        var frame = new DataFrame(
            new StringDataFrameColumn("Institution", rows.Select(r => r.Name)),
            new StringDataFrameColumn("Identifiant", rows.Select(r => r.InstitutionId)),
            new StringDataFrameColumn("Région", rows.Select(r => r.Region)),
            new DoubleDataFrameColumn("Unités empruntées", rows.Select(r => r.UnitsBorrowed)),
            new DoubleDataFrameColumn("Unités prêtées", rows.Select(r => r.UnitsLent)),
            new DoubleDataFrameColumn("Achats évités chez les emprunteurs grâce à ses prêts (tCO2e)", rows.Select(r => r.EnabledAsLenderKgCO2e / 1000)));
        AddAmounts(frame, rows.Select(r => r.Amounts).ToList());
        return frame;
    }

    public static DataFrame Regions(ImpactResult result)
    {
        var rows = result.ByRegion;
        var frame = new DataFrame(
            new StringDataFrameColumn("Région", rows.Select(r => r.Region)),
            new Int32DataFrameColumn("Institutions", rows.Select(r => r.Institutions)),
            new DoubleDataFrameColumn("Unités empruntées", rows.Select(r => r.UnitsBorrowed)),
            new DoubleDataFrameColumn("Unités prêtées", rows.Select(r => r.UnitsLent)));
        AddAmounts(frame, rows.Select(r => r.Amounts).ToList());
        return frame;
    }

    public static DataFrame Years(ImpactResult result)
    {
        var rows = result.ByYear;
        var frame = new DataFrame(
            new Int32DataFrameColumn("Année", rows.Select(r => r.Year)),
            new Int32DataFrameColumn("Année civile", rows.Select(r => r.CalendarYear)),
            new DoubleDataFrameColumn("Prêts (unités)", rows.Select(r => r.AvoidedUnits)));
        AddAmounts(frame, rows.Select(r => r.Amounts).ToList());
        return frame;
    }

    /// <summary>The « Hypothèses et sources » table: every factor used, its value, range, status and source.</summary>
    public static DataFrame Hypotheses(ImpactResult result)
    {
        var rows = result.Factors;
        return new DataFrame(
            new StringDataFrameColumn("Catégorie", rows.Select(r => r.CategoryId is { } c ? EquipmentTaxonomy.FrenchLabel(c) : "")),
            new StringDataFrameColumn("Facteur", rows.Select(r => r.LabelFr)),
            new StringDataFrameColumn("Identifiant", rows.Select(r => r.FactorId)),
            new StringDataFrameColumn("Unité", rows.Select(r => r.Unit)),
            new DoubleDataFrameColumn("Valeur utilisée", rows.Select(r => r.ValueUsed)),
            new DoubleDataFrameColumn("Basse (P10)", rows.Select(r => r.Low)),
            new DoubleDataFrameColumn("Haute (P90)", rows.Select(r => r.High)),
            new StringDataFrameColumn("Statut", rows.Select(r => r.Status.French())),
            new StringDataFrameColumn("Surchargé par le scénario", rows.Select(r => r.Overridden ? "oui" : "non")),
            new StringDataFrameColumn("Source", rows.Select(r => r.Source)),
            new StringDataFrameColumn("Source remplacée", rows.Select(r => r.ReplacedSource ?? "")),
            new StringDataFrameColumn("Correspondance", rows.Select(r => r.Mapping ?? "")),
            new StringDataFrameColumn("Note", rows.Select(r => r.Note ?? "")));
    }

    /// <summary>Categories flagged « facteur manquant », with the units left out of the totals.</summary>
    public static DataFrame MissingFactors(ImpactResult result)
    {
        var rows = result.MissingFactors;
        return new DataFrame(
            new StringDataFrameColumn("Catégorie", rows.Select(r => r.LabelFr)),
            new StringDataFrameColumn("Identifiant", rows.Select(r => r.CategoryId)),
            new StringDataFrameColumn("Statut", rows.Select(r => r.StatusLabel)),
            new DoubleDataFrameColumn("Besoins (unités)", rows.Select(r => r.NeedUnits)),
            new DoubleDataFrameColumn("Prêts (unités)", rows.Select(r => r.LoanUnits)),
            new DoubleDataFrameColumn("En service (unités)", rows.Select(r => r.StockUnits)),
            new DoubleDataFrameColumn("Transport exclu (véhicule-km)", rows.Select(r => r.ExcludedTransportVehicleKm)),
            new StringDataFrameColumn("Raison", rows.Select(r => r.Reason)));
    }

    private static void AddAmounts(DataFrame frame, IReadOnlyList<ImpactAmounts> amounts)
    {
        frame.Columns.Add(new DoubleDataFrameColumn("Achats évités (tCO2e)", amounts.Select(a => a.AvoidedPurchasesKgCO2e / 1000)));
        frame.Columns.Add(new DoubleDataFrameColumn("Allongement de la durée de vie (tCO2e)", amounts.Select(a => a.LifetimeExtensionKgCO2e / 1000)));
        frame.Columns.Add(new DoubleDataFrameColumn("Achats reconditionnés (tCO2e)", amounts.Select(a => a.RefurbishedKgCO2e / 1000)));
        frame.Columns.Add(new DoubleDataFrameColumn("Phase d'usage (tCO2e)", amounts.Select(a => a.UsePhaseKgCO2e / 1000)));
        frame.Columns.Add(new DoubleDataFrameColumn("Émissions évitées (tCO2e)", amounts.Select(a => a.AvoidedTonnesCO2e)));
        frame.Columns.Add(new DoubleDataFrameColumn("Transport (tCO2e)", amounts.Select(a => a.TransportTonnesCO2e)));
        frame.Columns.Add(new DoubleDataFrameColumn("Bilan net (tCO2e)", amounts.Select(a => a.NetTonnesCO2e)));
    }
}
