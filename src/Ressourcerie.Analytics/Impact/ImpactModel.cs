using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// The impact engine: a scenario's levers applied to the study's needs, loans and stock, valued
/// with the factor library. Against the baseline (every need met by a new purchase, equipment in
/// service replaced at the end of its lifetime L), over a horizon of H years:
/// <list type="bullet">
/// <item>avoided purchases: units met by loans (× loan share) × embodied footprint E of a new unit;</item>
/// <item>longer lifetimes: stock in service S saves E · S · (1/L − 1/L′) a year, L′ = L + extension;</item>
/// <item>refurbished purchases: of the purchases still made (needs not met by loans, and the
/// replacements S · H / L′), the refurbished share × saving rate (ADEME / NegaOctet 2022) × E;</item>
/// <item>use phase: a device kept beyond L may use more electricity than its replacement would; the
/// scenario's <see cref="Scenario.OlderDeviceExtraConsumption"/> (0 unless stated) × annual kWh ×
/// grid factor, for the share (L′ − L) / L′ of the stock that is older than L in steady state.
/// Loans and refurbished devices use what a new one would: no use-phase change;</item>
/// <item>minus the transport of loans: distance (× 2 for a round trip) × van factor per
/// vehicle-km ÷ items per trip, per unit lent (vans are assumed filled by pooling loans).</item>
/// </list>
/// The study objects are aggregated once into per-category quantities, so that valuing the scenario
/// for a new set of factor values (a Monte Carlo iteration, a tornado bar) costs O(categories).
/// Every sum runs in a fixed order (sorted keys, decimal accumulation of distances), so the result
/// does not depend on the order of needs, loans or inventory lines.
/// </summary>
public sealed class ImpactModel
{
    public const string UnknownRegion = "Région inconnue";

    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    private readonly CategoryTotals[] _categories;
    private readonly int[] _embodiedIndex;
    private readonly int[] _savingIndex;
    private readonly int _gridIndex;
    private readonly int _vanIndex;
    private readonly double _refurbishedShare;

    private ImpactModel(Scenario scenario, FactorLibrary factors, CategoryTotals[] categories, IReadOnlyList<EmissionFactor> parameters, Func<ImpactModel, ImpactResult> result)
    {
        Scenario = scenario;
        Factors = factors;
        _categories = categories;
        Parameters = parameters;
        _refurbishedShare = scenario.RefurbishedShare;
        var index = parameters.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        _embodiedIndex = categories.Select(c => index[c.Factors.Embodied.Id]).ToArray();
        _savingIndex = categories.Select(c => c.Saving is null ? -1 : index[c.Saving.Id]).ToArray();
        _gridIndex = index[factors.Grid.Id];
        _vanIndex = index[factors.TransportVan.Id];
        Result = result(this);
    }

    public Scenario Scenario { get; }

    /// <summary>The library with the scenario's overrides applied.</summary>
    public FactorLibrary Factors { get; }

    /// <summary>The factors a valuation takes as input, ordered by id: embodied footprints, refurbished saving rates, grid, van.</summary>
    public IReadOnlyList<EmissionFactor> Parameters { get; }

    /// <summary>The categories valued, in the order of <see cref="Evaluate"/>'s per-category outputs.</summary>
    public IReadOnlyList<string> CategoryIds => _categories.Select(c => c.CategoryId).ToList();

    /// <summary>
    /// What <see cref="Evaluate"/> multiplies, per category: the index of its embodied factor and of its
    /// refurbished saving rate (−1: none) in <see cref="Parameters"/>, and its lever quantities; with
    /// the grid and van factor indexes and the refurbished share. For an outside recomputation of the
    /// valuation (the benchmark's numpy peer values this same model).
    /// </summary>
    internal (IReadOnlyList<(string CategoryId, int EmbodiedIndex, int SavingIndex, LeverQuantities Totals)> Categories, int GridIndex, int VanIndex, double RefurbishedShare) Coefficients() =>
        (_categories.Select((c, i) => (c.CategoryId, _embodiedIndex[i], _savingIndex[i], c.Totals)).ToList(), _gridIndex, _vanIndex, _refurbishedShare);

    /// <summary>The scenario valued with every factor at its typical value.</summary>
    public ImpactResult Result { get; }

    public static ImpactResult Run(ImpactInputs inputs, Scenario scenario, FactorLibrary? factors = null) =>
        Build(inputs, scenario, factors).Result;

    public static ImpactModel Build(ImpactInputs inputs, Scenario scenario, FactorLibrary? factors = null)
    {
        scenario.EnsureValid();
        var library = (factors ?? FactorLibrary.Default).WithOverrides(scenario.FactorOverrides, scenario.RefurbishedSaving);
        var cells = Cells.Aggregate(inputs, scenario);

        var categories = new List<CategoryTotals>();
        var missing = new List<MissingFactor>();
        foreach (var categoryId in cells.CategoryIds)
        {
            var device = library.Device(categoryId);
            var totals = cells.Quantities(categoryId, device, scenario);
            if (device.IsUsable)
            {
                var saving = scenario.RefurbishedShare > 0 ? library.RefurbishedSaving(categoryId) : null;
                categories.Add(new CategoryTotals(categoryId, device, saving, totals));
            }
            else
            {
                missing.Add(new MissingFactor(categoryId, EquipmentTaxonomy.FrenchLabel(categoryId), $"facteur manquant : {device.MissingReason}",
                    totals.NeedUnits, totals.AvoidedUnits, totals.StockUnits, totals.VehicleKm));
            }
        }

        var parameters = categories.Select(c => c.Factors.Embodied)
            .Concat(categories.Where(c => c.Saving is not null).Select(c => c.Saving!))
            .Append(library.Grid)
            .Append(library.TransportVan)
            .DistinctBy(f => f.Id)
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToList();

        return new ImpactModel(scenario, library, categories.ToArray(), parameters,
            model => model.Value(inputs, cells, missing));
    }

    /// <summary>Every parameter at its typical value: the input of the deterministic result.</summary>
    public double[] TypicalValues() => Parameters.Select(p => p.Range.Typical).ToArray();

    /// <summary>
    /// Values the scenario for one set of parameter values (indexed like <see cref="Parameters"/>):
    /// the avoided emissions and transport in total and per category (kgCO2e). Allocation-free: the
    /// Monte Carlo loop calls it once per iteration. A saving rate drawn above 1 is capped at 1
    /// (a refurbished purchase cannot avoid more than the new device's footprint).
    /// </summary>
    public void Evaluate(ReadOnlySpan<double> values, Span<double> categoryAvoided, out double avoidedKgCO2e, out double transportKgCO2e)
    {
        double purchases = 0, lifetime = 0, refurbished = 0, use = 0, transport = 0;
        double grid = values[_gridIndex], van = values[_vanIndex];
        for (int c = 0; c < _categories.Length; c++)
        {
            double saving = _savingIndex[c] >= 0 ? Math.Min(1, values[_savingIndex[c]]) : 0;
            var amounts = _categories[c].Totals.Value(values[_embodiedIndex[c]], saving, _refurbishedShare, grid, van);
            categoryAvoided[c] = amounts.Avoided;
            purchases += amounts.Purchases;
            lifetime += amounts.Lifetime;
            refurbished += amounts.Refurbished;
            use += amounts.Use;
            transport += amounts.Transport;
        }
        avoidedKgCO2e = purchases + lifetime + refurbished + use;
        transportKgCO2e = transport;
    }

    private ImpactResult Value(ImpactInputs inputs, Cells cells, List<MissingFactor> missing)
    {
        var values = TypicalValues();
        double grid = values[_gridIndex], van = values[_vanIndex];
        var byCategory = new List<CategoryImpact>();
        var total = ImpactAmounts.Zero;
        var typical = new Dictionary<string, (double Embodied, double Saving)>(StringComparer.Ordinal);
        for (int c = 0; c < _categories.Length; c++)
        {
            var category = _categories[c];
            double embodied = values[_embodiedIndex[c]];
            double saving = _savingIndex[c] >= 0 ? Math.Min(1, values[_savingIndex[c]]) : 0;
            typical[category.CategoryId] = (embodied, saving);
            var amounts = category.Totals.Value(embodied, saving, _refurbishedShare, grid, van).ToAmounts();
            total += amounts;
            var q = category.Totals;
            double lifetimeYears = category.Factors.LifetimeYears;
            byCategory.Add(new CategoryImpact(
                category.CategoryId, EquipmentTaxonomy.FrenchLabel(category.CategoryId), category.Factors.Embodied.Status,
                embodied, lifetimeYears, lifetimeYears + Scenario.LifetimeExtensionFor(category.CategoryId),
                q.NeedUnits, q.AvoidedUnits, q.PurchaseUnits, q.StockUnits, q.ReplacementUnits, q.VehicleKm,
                q.StockUnits * embodied / lifetimeYears,
                q.StockUseUnits * (category.Factors.AnnualEnergy?.Range.Typical ?? 0) * grid,
                amounts));
        }

        var views = cells.Views(Scenario, typical, _categories.ToDictionary(c => c.CategoryId, c => c.Factors, StringComparer.Ordinal), grid, van, inputs.Institutions);
        var warnings = new List<string>();
        if (Scenario.OlderDeviceExtraConsumption > 0)
            foreach (var category in _categories.Where(c => c.Factors.AnnualEnergy is null && c.Totals.StockUnits > 0))
                warnings.Add($"Consommation électrique inconnue pour « {EquipmentTaxonomy.FrenchLabel(category.CategoryId)} » : sa surconsommation n'est pas comptée.");
        foreach (var m in missing)
            warnings.Add(string.Create(French, $"Facteur manquant pour « {m.LabelFr} » : {m.NeedUnits:0.##} unité(s) de besoins et {m.StockUnits:0.##} en service hors des totaux."));
        if (cells.Exclusions.LoansBeyondMaxDistance > 0)
            warnings.Add(string.Create(French, $"{cells.Exclusions.LoansBeyondMaxDistance} prêt(s) ({cells.Exclusions.UnitsBeyondMaxDistance} unité(s)) au-delà de {Scenario.MaxDistanceKm:0.#} km : ces besoins sont achetés neufs."));
        if (cells.Exclusions.NeedsOutsideHorizon + cells.Exclusions.LoansOutsideHorizon > 0)
            warnings.Add($"{cells.Exclusions.NeedsOutsideHorizon} besoin(s) et {cells.Exclusions.LoansOutsideHorizon} prêt(s) datés hors de l'horizon ({cells.StartYear}–{cells.StartYear + Scenario.HorizonYears - 1}) ne sont pas comptés.");

        return new ImpactResult(Scenario, cells.StartYear, total, byCategory, views.Institutions, views.Regions, views.Years,
            missing, FactorsUsed(), cells.Exclusions, warnings, Factors.SourceName);
    }

    /// <summary>Every factor the result used, once, with its source: devices first (by category), then grid, transport and per-capita footprint.</summary>
    private List<FactorUsed> FactorsUsed()
    {
        var used = new List<FactorUsed>();
        foreach (var category in _categories)
        {
            var device = category.Factors;
            used.Add(FactorUsed.From(device.Embodied, category.CategoryId, device.Mapping));
            used.Add(FactorUsed.From(device.Lifetime!, category.CategoryId));
            if (device.AnnualEnergy is not null) used.Add(FactorUsed.From(device.AnnualEnergy, category.CategoryId));
        }
        foreach (var saving in _categories.Where(c => c.Saving is not null).Select(c => c.Saving!).DistinctBy(s => s.Id).OrderBy(s => s.Id, StringComparer.Ordinal))
            used.Add(FactorUsed.From(saving));
        used.Add(FactorUsed.From(Factors.Grid));
        used.Add(FactorUsed.From(Factors.TransportVan));
        used.Add(FactorUsed.From(Factors.PerCapita));
        return used;
    }

    private sealed record CategoryTotals(string CategoryId, DeviceFactors Factors, EmissionFactor? Saving, LeverQuantities Totals);

    /// <summary>
    /// The needs, loans and stock, summed per (institution, category, year) once. Year −1 marks a
    /// recurring need or loan, which counts in every year of the horizon.
    /// </summary>
    private sealed class Cells
    {
        private const int EveryYear = -1;

        // Accumulated in hash maps (one lookup per input row), then sorted once by (category,
        // institution, year) so that every later sum runs in an order independent of the input's.
        private readonly Dictionary<CellKey, BorrowerCell> _borrowerIndex = [];
        private readonly Dictionary<CellKey, long> _lentIndex = [];
        private readonly Dictionary<CellKey, StockCell> _stockIndex = [];
        private KeyValuePair<CellKey, BorrowerCell>[] _borrower = [];
        private KeyValuePair<CellKey, long>[] _lent = [];
        private KeyValuePair<CellKey, StockCell>[] _stock = [];
        private int _horizon;

        public int? StartYear { get; private set; }

        public ImpactExclusions Exclusions { get; private set; } = new(0, 0, 0, 0, 0, 0);

        public IEnumerable<string> CategoryIds =>
            _borrower.Select(kv => kv.Key.Category).Concat(_stock.Select(kv => kv.Key.Category)).Distinct().Order(StringComparer.Ordinal);

        public static Cells Aggregate(ImpactInputs inputs, Scenario scenario)
        {
            var cells = new Cells { _horizon = scenario.HorizonYears };
            var loans = inputs.Matching.Loans;
            cells.StartYear = scenario.StartYear
                ?? (inputs.Needs.Count + loans.Count == 0 ? null
                    : Math.Min(inputs.Needs.Count > 0 ? inputs.Needs.Min(n => n.Start.Year) : int.MaxValue,
                               loans.Count > 0 ? loans.Min(l => l.Start.Year) : int.MaxValue));

            int needsOut = 0, loansOut = 0, beyond = 0;
            long needUnitsOut = 0, loanUnitsOut = 0, unitsBeyond = 0;
            foreach (var need in inputs.Needs)
            {
                if (need.Quantity <= 0)
                    throw new ArgumentException($"Besoin de {need.InstitutionId} ({need.Source}) : quantité {need.Quantity}, il faut au moins 1.");
                int year = cells.YearOf(need.Start, scenario);
                if (!cells.InHorizon(year))
                {
                    needsOut++;
                    needUnitsOut += need.Quantity;
                    continue;
                }
                cells.Borrower(new CellKey(need.InstitutionId, need.CategoryId, year)).NeedUnits += need.Quantity;
            }
            foreach (var loan in loans)
            {
                if (loan.Quantity <= 0 || !(loan.DistanceKm >= 0) || double.IsInfinity(loan.DistanceKm))
                    throw new ArgumentException($"Prêt de {loan.LenderInstitutionId} à {loan.BorrowerInstitutionId} ({loan.CategoryId}) : quantité ({loan.Quantity}) ou distance ({loan.DistanceKm} km) invalide.");
                if (loan.DistanceKm > scenario.MaxDistanceKm)
                {
                    beyond++;
                    unitsBeyond += loan.Quantity;
                    continue;
                }
                int year = cells.YearOf(loan.Start, scenario);
                if (!cells.InHorizon(year))
                {
                    loansOut++;
                    loanUnitsOut += loan.Quantity;
                    continue;
                }
                var cell = cells.Borrower(new CellKey(loan.BorrowerInstitutionId, loan.CategoryId, year));
                cell.BorrowedUnits += loan.Quantity;
                cell.BorrowedUnitKm += loan.Quantity * (decimal)loan.DistanceKm;
                var lenderKey = new CellKey(loan.LenderInstitutionId, loan.CategoryId, year);
                cells._lentIndex[lenderKey] = cells._lentIndex.GetValueOrDefault(lenderKey) + loan.Quantity;
            }
            foreach (var item in inputs.Inventory)
            {
                if (item.Status is not (EquipmentStatus.EnService or EquipmentStatus.Prete) || item.Quantity <= 0) continue;
                var key = new CellKey(item.InstitutionId, item.CategoryId, EveryYear);
                if (!cells._stockIndex.TryGetValue(key, out var stock)) cells._stockIndex[key] = stock = new StockCell();
                stock.Units += item.Quantity;
                // A device used part of the year (mois d'utilisation) draws that share of its annual kWh.
                double share = item.MonthsUsedPerYear is { } months && double.IsFinite(months) ? Math.Clamp(months, 0, 12) / 12 : 1;
                stock.UseUnits += item.Quantity * (decimal)share;
            }
            cells.Exclusions = new ImpactExclusions(beyond, unitsBeyond, needsOut, needUnitsOut, loansOut, loanUnitsOut);
            cells._borrower = Sorted(cells._borrowerIndex);
            cells._lent = Sorted(cells._lentIndex);
            cells._stock = Sorted(cells._stockIndex);
            return cells;
        }

        /// <summary>A category's quantities over the horizon, summed in key order.</summary>
        public LeverQuantities Quantities(string categoryId, DeviceFactors device, Scenario scenario)
        {
            var total = LeverQuantities.Zero;
            foreach (var (key, cell) in InCategory(_borrower, categoryId))
                total += BorrowerQuantities(cell, Count(key), scenario);
            foreach (var (_, stock) in InCategory(_stock, categoryId))
                total += StockQuantities(stock, device, _horizon, scenario);
            return total;
        }

        /// <summary>Institution, region and year views at typical values, from the same per-cell quantities as the totals.</summary>
        public (List<InstitutionImpact> Institutions, List<RegionImpact> Regions, List<YearImpact> Years) Views(
            Scenario scenario,
            Dictionary<string, (double Embodied, double Saving)> typical,
            Dictionary<string, DeviceFactors> devices,
            double grid,
            double van,
            IReadOnlyList<Institution> institutions)
        {
            var byInstitution = new SortedDictionary<string, (double Borrowed, double Lent, double Enabled, ImpactAmounts Amounts)>(StringComparer.Ordinal);
            var years = Enumerable.Range(0, _horizon).Select(_ => (Units: 0.0, Amounts: ImpactAmounts.Zero)).ToArray();
            double share = scenario.RefurbishedShare;

            void AddInstitution(string id, double borrowed, double lent, double enabled, ImpactAmounts amounts)
            {
                var current = byInstitution.GetValueOrDefault(id, (0, 0, 0, ImpactAmounts.Zero));
                byInstitution[id] = (current.Borrowed + borrowed, current.Lent + lent, current.Enabled + enabled, current.Amounts + amounts);
            }

            void AddYears(int year, double units, ImpactAmounts amounts)
            {
                if (year == EveryYear)
                    for (int y = 0; y < years.Length; y++) years[y] = (years[y].Units + units, years[y].Amounts + amounts);
                else years[year] = (years[year].Units + units, years[year].Amounts + amounts);
            }

            foreach (var (key, cell) in _borrower)
            {
                if (!typical.TryGetValue(key.Category, out var factor)) continue;
                var amounts = BorrowerQuantities(cell, Count(key), scenario).Value(factor.Embodied, factor.Saving, share, grid, van);
                AddInstitution(key.Institution, amounts.AvoidedUnits, 0, 0, amounts.ToAmounts());
                var annual = BorrowerQuantities(cell, 1, scenario).Value(factor.Embodied, factor.Saving, share, grid, van);
                AddYears(key.Year, annual.AvoidedUnits, annual.ToAmounts());
            }
            foreach (var (key, lent) in _lent)
            {
                if (!typical.TryGetValue(key.Category, out var factor)) continue;
                double units = scenario.LoanShare * lent * Count(key);
                AddInstitution(key.Institution, 0, units, factor.Embodied * units, ImpactAmounts.Zero);
            }
            foreach (var (key, stock) in _stock)
            {
                if (!typical.TryGetValue(key.Category, out var factor)) continue;
                var device = devices[key.Category];
                AddInstitution(key.Institution, 0, 0, 0,
                    StockQuantities(stock, device, _horizon, scenario).Value(factor.Embodied, factor.Saving, share, grid, van).ToAmounts());
                AddYears(EveryYear, 0, StockQuantities(stock, device, 1, scenario).Value(factor.Embodied, factor.Saving, share, grid, van).ToAmounts());
            }

            var known = institutions.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var institutionRows = byInstitution.Select(kv =>
            {
                var info = known.GetValueOrDefault(kv.Key);
                var region = string.IsNullOrWhiteSpace(info?.Region) ? UnknownRegion : info.Region;
                return new InstitutionImpact(kv.Key, info?.Name ?? kv.Key, region, kv.Value.Borrowed, kv.Value.Lent, kv.Value.Enabled, kv.Value.Amounts);
            }).ToList();
            var regionRows = institutionRows
                .GroupBy(i => i.Region, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new RegionImpact(g.Key, g.Count(), g.Sum(i => i.UnitsBorrowed), g.Sum(i => i.UnitsLent),
                    g.Aggregate(ImpactAmounts.Zero, (sum, i) => sum + i.Amounts)))
                .ToList();
            var yearRows = years.Select((y, i) => new YearImpact(i + 1, StartYear + i, y.Units, y.Amounts)).ToList();
            return (institutionRows, regionRows, yearRows);
        }

        private static LeverQuantities BorrowerQuantities(BorrowerCell cell, int count, Scenario scenario)
        {
            double borrowed = scenario.LoanShare * cell.BorrowedUnits;
            double trip = scenario.DistanceRule == DistanceRule.RoundTrip ? 2 : 1;
            return LeverQuantities.Zero with
            {
                NeedUnits = (double)cell.NeedUnits * count,
                AvoidedUnits = borrowed * count,
                // A loan without a recorded need (possible when loans are given directly) buys nothing.
                PurchaseUnits = Math.Max(0, cell.NeedUnits - borrowed) * count,
                VehicleKm = scenario.LoanShare * (double)cell.BorrowedUnitKm * trip / scenario.ItemsPerTrip * count,
            };
        }

        private static LeverQuantities StockQuantities(StockCell stock, DeviceFactors device, int years, Scenario scenario)
        {
            double lifetime = device.LifetimeYears;
            double extension = scenario.LifetimeExtensionFor(device.CategoryId);
            double extended = lifetime + extension;
            double units = stock.Units;
            double kwh = device.AnnualEnergy?.Range.Typical ?? 0;
            return LeverQuantities.Zero with
            {
                StockUnits = units,
                StockUseUnits = (double)stock.UseUnits,
                LifetimeUnits = units * years * (1 / lifetime - 1 / extended),
                ReplacementUnits = units * years / extended,
                // Steady state: ages are spread evenly over [0, L′), so (L′ − L) / L′ of the stock is older than L.
                ExtraKwh = -scenario.OlderDeviceExtraConsumption * (double)stock.UseUnits * years * (extension / extended) * kwh,
            };
        }

        private int YearOf(DateOnly date, Scenario scenario) =>
            scenario.RecurringNeeds ? EveryYear : date.Year - (StartYear ?? date.Year);

        private bool InHorizon(int year) => year == EveryYear || (year >= 0 && year < _horizon);

        private int Count(CellKey key) => key.Year == EveryYear ? _horizon : 1;

        private BorrowerCell Borrower(CellKey key)
        {
            if (!_borrowerIndex.TryGetValue(key, out var cell)) _borrowerIndex[key] = cell = new BorrowerCell();
            return cell;
        }

        private static KeyValuePair<CellKey, T>[] Sorted<T>(Dictionary<CellKey, T> index)
        {
            var cells = index.ToArray();
            Array.Sort(cells, (a, b) => a.Key.CompareTo(b.Key));
            return cells;
        }

        /// <summary>The cells of one category: a contiguous run, as category is the first sort key.</summary>
        private static ArraySegment<KeyValuePair<CellKey, T>> InCategory<T>(KeyValuePair<CellKey, T>[] cells, string categoryId)
        {
            int start = LowerBound(cells, categoryId);
            int end = start;
            while (end < cells.Length && cells[end].Key.Category == categoryId) end++;
            return new ArraySegment<KeyValuePair<CellKey, T>>(cells, start, end - start);
        }

        private static int LowerBound<T>(KeyValuePair<CellKey, T>[] cells, string categoryId)
        {
            int low = 0, high = cells.Length;
            while (low < high)
            {
                int middle = (low + high) / 2;
                if (string.CompareOrdinal(cells[middle].Key.Category, categoryId) < 0) low = middle + 1;
                else high = middle;
            }
            return low;
        }
    }

    private readonly record struct CellKey(string Institution, string Category, int Year) : IComparable<CellKey>
    {
        public int CompareTo(CellKey other)
        {
            int c = string.CompareOrdinal(Category, other.Category);
            if (c == 0) c = string.CompareOrdinal(Institution, other.Institution);
            return c != 0 ? c : Year.CompareTo(other.Year);
        }
    }

    private sealed class BorrowerCell
    {
        public long NeedUnits;
        public long BorrowedUnits;
        public decimal BorrowedUnitKm;
    }

    private sealed class StockCell
    {
        public long Units;
        public decimal UseUnits;
    }
}
