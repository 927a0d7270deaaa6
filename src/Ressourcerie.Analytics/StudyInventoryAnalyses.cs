using Microsoft.Data.Analysis;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics;

/// <summary>
/// The inventory and needs analyses on a loaded study, for notebooks and reports:
/// <c>study.IdleStock()</c>, <c>study.AgePyramid()</c>, <c>study.ClusterNeeds()</c>,
/// <c>study.MatchLoans()</c>… The reference year of age classes is the study's clock
/// (<see cref="StudyOptions.Clock"/>), so that a test or a dated report can fix it.
/// </summary>
public static class StudyInventoryAnalyses
{
    public static DataFrame StockByCategory(this Study study) => InventoryAnalysis.StockByCategory(study.Inventory);

    public static DataFrame StockByStatus(this Study study) => InventoryAnalysis.StockByStatus(study.Inventory);

    public static DataFrame StockByAgeClass(this Study study, AgeClasses? classes = null) =>
        InventoryAnalysis.StockByAgeClass(study.Inventory, study.Options.CurrentYear, classes);

    public static DataFrame IdleStock(this Study study, IdleStockOptions? options = null) => InventoryAnalysis.IdleStock(study.Inventory, options);

    public static DataFrame Utilisation(this Study study, UtilisationGrouping grouping, IdleStockOptions? idle = null) =>
        InventoryAnalysis.Utilisation(study.Inventory, study.Institutions, grouping, idle);

    public static DataFrame AgePyramid(this Study study, AgePyramidBreakdown breakdown = AgePyramidBreakdown.Family, AgeClasses? classes = null) =>
        InventoryAnalysis.AgePyramid(study.Inventory, study.Options.CurrentYear, breakdown, classes);

    public static NeedsClusteringResult ClusterNeeds(this Study study, NeedsClusteringOptions? options = null) =>
        NeedsClustering.Run(study.Institutions, study.Needs, options);

    public static LoanMatchingRun MatchLoans(this Study study, MatchingOptions? options = null) =>
        LoanMatcher.Run(study.Institutions, study.Inventory, study.Needs, options);
}
