using System.Globalization;
using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs.Matching;

namespace Ressourcerie.Analytics.Needs;

/// <summary>
/// Lends idle equipment to the needs of other institutions.
/// <para>
/// Rules: same category; an institution never lends to itself; the distance (haversine between
/// the institutions' coordinates) is at most <see cref="MatchingOptions.MaxDistanceKm"/>; an item is
/// busy from the start of a need to its end plus <see cref="MatchingOptions.TransportBufferDays"/>
/// days and then returns to its lender, so it can serve several needs whose busy periods do not
/// overlap; a need may be served by several lenders. Objective: <see cref="MatchingOptions.Objective"/>.
/// </para>
/// <para>
/// Algorithm. Categories are independent; within a category, needs that share no lender, or whose
/// periods are not linked by a chain of overlaps at a shared lender, are independent too, so the
/// problem splits into sub-problems (union–find over each lender's needs sorted by start). Each is
/// solved by the best method that applies: a single need takes its nearest free lenders (optimal);
/// needs that all overlap in time form a transportation problem, solved exactly by minimum-cost flow;
/// other sub-problems get a greedy assignment (earliest end first, nearest lender first) improved by
/// local search, then, when they have at most <see cref="MatchingOptions.ExactSearchMaxNeeds"/> needs,
/// an exact branch and bound. With several lenders and overlapping periods the general problem is
/// NP-hard (interval scheduling with machine eligibility, Arkin &amp; Silverberg 1987), so large linked
/// sub-problems are solved heuristically: <see cref="MatchingDiagnostics"/> says how many, and
/// <see cref="MatchingDiagnostics.IsProvenOptimal"/> whether the whole result is proven optimal.
/// </para>
/// <para>
/// Scale: neighbours come from a latitude-sorted index (no all-pairs scan beyond the distance band),
/// eligible lenders are computed once per borrower and category, and feasibility checks only look
/// at the loans of one lender; 1,500 institutions and 10,000 needs take a few seconds.
/// </para>
/// </summary>
public static class LoanMatcher
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The loans and unmet needs (see <see cref="Run"/> for reasons and diagnostics).</summary>
    public static MatchingResult Match(
        IEnumerable<Institution> institutions,
        IEnumerable<InventoryItem> inventory,
        IEnumerable<Need> needs,
        MatchingOptions? options = null) => Run(institutions, inventory, needs, options).Result;

    /// <summary>Matches idle items (selected from <paramref name="inventory"/> by <see cref="MatchingOptions.Idle"/>) to needs.</summary>
    public static LoanMatchingRun Run(
        IEnumerable<Institution> institutions,
        IEnumerable<InventoryItem> inventory,
        IEnumerable<Need> needs,
        MatchingOptions? options = null)
    {
        options ??= MatchingOptions.Default;
        options.Validate();
        var cost = new CostModel(options);

        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = new List<Institution>();
        // Institutions and needs are put in a canonical order first: among equally good loan plans,
        // the one chosen then depends on ids and dates, never on the order of the lines in the files.
        foreach (var institution in institutions.OrderBy(i => i.Id, StringComparer.Ordinal))
            if (byId.TryAdd(institution.Id, known.Count)) known.Add(institution);
        var points = known.Select(i => i.Location).ToArray();

        var pools = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        long idleUnits = 0, notLendable = 0;
        foreach (var item in inventory)
        {
            if (item.Quantity <= 0 || !IdleStock.IsIdle(item, options.Idle)) continue;
            idleUnits += item.Quantity;
            if (!byId.TryGetValue(item.InstitutionId, out int owner) || points[owner] is null)
            {
                notLendable += item.Quantity;
                continue;
            }
            if (!pools.TryGetValue(item.CategoryId, out var pool)) pools[item.CategoryId] = pool = [];
            pool[owner] = pool.GetValueOrDefault(owner) + item.Quantity;
        }

        // The results are listed in the needs' own order (file order, what users expect in tables).
        var canonical = needs.Select((need, index) => (Need: need, Index: index))
            .OrderBy(n => n.Need.InstitutionId, StringComparer.Ordinal).ThenBy(n => n.Need.CategoryId, StringComparer.Ordinal)
            .ThenBy(n => n.Need.Start).ThenBy(n => n.Need.End).ThenBy(n => n.Need.Quantity).ThenBy(n => n.Need.Project, StringComparer.Ordinal)
            .ThenBy(n => n.Need.Source.File, StringComparer.Ordinal).ThenBy(n => n.Need.Source.Row)
            .ToList();
        var needList = canonical.Select(n => n.Need).ToList();
        var unmetUnits = new int[needList.Count];
        var reasons = new UnmetReason?[needList.Count];
        var reasonTexts = new string?[needList.Count];
        var loansByNeed = new List<Loan>?[needList.Count];
        var neighbours = new NeighbourIndex(points, options.MaxDistanceKm);
        int subProblems = 0, exact = 0, heuristic = 0;
        long needUnits = 0;

        var categories = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < needList.Count; i++)
        {
            var need = needList[i];
            if (need.Quantity <= 0) continue;
            needUnits += need.Quantity;
            if (!byId.TryGetValue(need.InstitutionId, out int borrower))
                SetUnmet(i, need.Quantity, UnmetReason.UnknownInstitution, $"l'établissement « {need.InstitutionId} » est absent de la liste des établissements");
            else if (points[borrower] is null)
                SetUnmet(i, need.Quantity, UnmetReason.NoCoordinates, "l'établissement n'a pas de coordonnées : aucune distance ne peut être calculée");
            else if (need.End < need.Start)
                SetUnmet(i, need.Quantity, UnmetReason.InvalidPeriod, "la période est invalide (le début est après la fin)");
            else
            {
                if (!categories.TryGetValue(need.CategoryId, out var list)) categories[need.CategoryId] = list = [];
                list.Add(i);
            }
        }

        foreach (var (categoryId, needIndexes) in categories)
        {
            var pool = pools.GetValueOrDefault(categoryId) ?? [];
            var lenders = pool.Keys.Order().ToArray();
            var localLender = new int[known.Count];
            Array.Fill(localLender, -1);
            for (int l = 0; l < lenders.Length; l++) localLender[lenders[l]] = l;

            int count = needIndexes.Count;
            var start = new int[count];
            var busyEnd = new int[count];
            var quantity = new int[count];
            var eligible = new int[count][];
            var metres = new long[count][];
            var km = new double[count][];
            var perBorrower = new Dictionary<int, (int[] Lenders, double[] Km, long[] Metres)>();
            for (int n = 0; n < count; n++)
            {
                var need = needList[needIndexes[n]];
                int borrower = byId[need.InstitutionId];
                start[n] = need.Start.DayNumber;
                busyEnd[n] = need.End.DayNumber + options.TransportBufferDays;
                quantity[n] = need.Quantity;
                if (!perBorrower.TryGetValue(borrower, out var reach))
                    perBorrower[borrower] = reach = Reach(neighbours.Of(borrower), localLender);
                eligible[n] = reach.Lenders;
                km[n] = reach.Km;
                metres[n] = reach.Metres;
            }

            var state = new CategoryState(lenders.Select(l => pool[l]).ToArray(), start, busyEnd, quantity, eligible, metres, cost);
            var candidates = new LenderCandidates(state);
            var search = new LocalSearch(state, candidates, options.LocalSearchNeighbours);
            foreach (var component in SubProblems(state, candidates))
            {
                subProblems++;
                if (Solve(state, search, component, options)) exact++; else heuristic++;
            }

            for (int n = 0; n < count; n++)
            {
                int i = needIndexes[n];
                var need = needList[i];
                for (int j = 0; j < eligible[n].Length; j++)
                {
                    int units = state.Alloc[n][j];
                    if (units == 0) continue;
                    (loansByNeed[i] ??= []).Add(new Loan(known[lenders[eligible[n][j]]].Id, need.InstitutionId, categoryId, units, km[n][j], need.Start, need.End, need.Project));
                }
                int unmet = state.Unmet(n);
                if (unmet == 0) continue;
                int borrower = byId[need.InstitutionId];
                string label = $"« {EquipmentTaxonomy.FrenchLabel(categoryId)} »";
                string reach = $"à moins de {Km(options.MaxDistanceKm)} km";
                if (lenders.All(l => l == borrower))
                    SetUnmet(i, unmet, UnmetReason.NoIdleItemInCategory, $"aucun autre établissement n'a de matériel inactif de la catégorie {label}");
                else if (eligible[n].Length == 0)
                    SetUnmet(i, unmet, UnmetReason.NoneWithinDistance,
                        $"aucun matériel inactif de la catégorie {label} {reach} (le plus proche est à {Km(neighbours.NearestKm(borrower, lenders) ?? 0)} km)");
                else if (!cost.IsUsable(metres[n][0]))
                    SetUnmet(i, unmet, UnmetReason.NotWorthTheDistance,
                        $"un prêt était possible, mais à {Km(options.PenaltyKm)} km ou plus : au-delà de la pénalité d'un besoin non couvert (objectif : distance minimale)");
                else
                    SetUnmet(i, unmet, UnmetReason.AllBusyInPeriod,
                        $"tout le matériel inactif de la catégorie {label} {reach} est déjà prêté entre le {need.Start.ToString("dd/MM/yyyy", French)} et le {need.End.ToString("dd/MM/yyyy", French)} (délai de transport compris)");
            }
        }

        var loans = new List<Loan>();
        var unmetNeeds = new List<UnmetNeed>();
        var unmetReasons = new List<UnmetReason>();
        foreach (int i in Enumerable.Range(0, needList.Count).OrderBy(i => canonical[i].Index))
        {
            if (loansByNeed[i] is { } l) loans.AddRange(l);
            if (reasons[i] is { } reason)
            {
                unmetNeeds.Add(new UnmetNeed(needList[i], unmetUnits[i], reasonTexts[i]!));
                unmetReasons.Add(reason);
            }
        }
        var diagnostics = new MatchingDiagnostics(categories.Count, subProblems, exact, heuristic, idleUnits, notLendable, needUnits);
        return new LoanMatchingRun(new MatchingResult(loans, unmetNeeds, options.MaxDistanceKm), unmetReasons, diagnostics, options);

        void SetUnmet(int i, int units, UnmetReason reason, string text)
        {
            unmetUnits[i] = units;
            reasons[i] = reason;
            reasonTexts[i] = text;
        }
    }

    /// <summary>The lenders of the category among a borrower's neighbours, nearest first, with their distances.</summary>
    private static (int[] Lenders, double[] Km, long[] Metres) Reach((int[] Ids, double[] Km) neighbours, int[] localLender)
    {
        int count = 0;
        foreach (int id in neighbours.Ids)
            if (localLender[id] >= 0) count++;
        var lenders = new int[count];
        var km = new double[count];
        var metres = new long[count];
        for (int k = 0, i = 0; k < neighbours.Ids.Length; k++)
        {
            int local = localLender[neighbours.Ids[k]];
            if (local < 0) continue;
            lenders[i] = local;
            km[i] = neighbours.Km[k];
            metres[i++] = CostModel.ToMetres(neighbours.Km[k]);
        }
        return (lenders, km, metres);
    }

    /// <returns>True when the sub-problem was solved to proven optimality.</returns>
    private static bool Solve(CategoryState state, LocalSearch search, IReadOnlyList<int> component, MatchingOptions options)
    {
        if (component.Count == 1)
        {
            search.Greedy(component);
            return true;
        }
        if (TransportationSolver.AllOverlap(state, component) && TransportationSolver.Work(state, component) <= options.TransportationWorkBudget)
        {
            TransportationSolver.Solve(state, component);
            return true;
        }
        search.Greedy(component);
        search.Improve(component, options.LocalSearchPasses);
        return component.Count <= options.ExactSearchMaxNeeds
               && new BranchAndBound(state, component, options.ExactSearchNodeBudget).Solve();
    }

    /// <summary>
    /// Independent sub-problems: needs linked when they may borrow from the same lender during
    /// overlapping busy periods. Each is sorted by end of busy period, then start, then index.
    /// </summary>
    private static List<List<int>> SubProblems(CategoryState state, LenderCandidates candidates)
    {
        var parent = Enumerable.Range(0, state.NeedCount).ToArray();
        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        for (int lender = 0; lender < state.LenderCount; lender++)
        {
            var list = candidates.Of(lender);
            int representative = -1, reach = int.MinValue;
            foreach (var (need, _) in list)
            {
                if (representative >= 0 && state.Start[need] <= reach)
                {
                    int a = Find(representative), b = Find(need);
                    if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
                    reach = Math.Max(reach, state.BusyEnd[need]);
                }
                else
                {
                    representative = need;
                    reach = state.BusyEnd[need];
                }
            }
        }
        var groups = new Dictionary<int, List<int>>();
        var order = new List<List<int>>();
        for (int n = 0; n < state.NeedCount; n++)
        {
            int root = Find(n);
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = [];
                order.Add(group);
            }
            group.Add(n);
        }
        foreach (var group in order)
            group.Sort((a, b) => state.BusyEnd[a] != state.BusyEnd[b] ? state.BusyEnd[a].CompareTo(state.BusyEnd[b])
                : state.Start[a] != state.Start[b] ? state.Start[a].CompareTo(state.Start[b]) : a.CompareTo(b));
        return order;
    }

    private static string Km(double km) => km.ToString("0.#", French);
}
