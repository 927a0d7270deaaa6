using Ressourcerie.Analytics.Inventories;
using Ressourcerie.Analytics.Needs;

namespace Ressourcerie.Analytics.Tests.Needs;

/// <summary>
/// The optimum of a small matching by brute force: every number of units each eligible lender
/// gives each need, checked day by day. Exponential; only for a handful of needs.
/// </summary>
internal static class ExhaustiveMatcher
{
    public static (long Served, long Metres) Optimum(MatchingWorld world, MatchingOptions options)
    {
        var idle = world.Items.Where(i => IdleStock.IsIdle(i, options.Idle))
            .GroupBy(i => (i.InstitutionId, i.CategoryId)).ToDictionary(g => g.Key, g => g.Sum(i => i.Quantity));
        var location = world.Institutions.ToDictionary(i => i.Id, i => i.Location!.Value);
        var pairs = new List<(int Need, string Lender, long Metres)>();
        for (int n = 0; n < world.Needs.Count; n++)
        {
            var need = world.Needs[n];
            foreach (var ((lender, category), _) in idle)
            {
                if (category != need.CategoryId || lender == need.InstitutionId) continue;
                double km = location[lender].DistanceKmTo(location[need.InstitutionId]);
                if (km > options.MaxDistanceKm) continue;
                pairs.Add((n, lender, (long)Math.Round(km * 1000, MidpointRounding.AwayFromZero)));
            }
        }
        bool lexicographic = options.Objective == MatchingObjective.MaximiseNeedsMet;
        long penalty = (long)Math.Round((options.UnmetPenaltyKm ?? options.MaxDistanceKm) * 1000, MidpointRounding.AwayFromZero);
        var x = new int[pairs.Count];
        var served = new int[world.Needs.Count];
        (long Served, long Metres)? best = null;

        void Visit(int p)
        {
            if (p == pairs.Count)
            {
                if (!Feasible()) return;
                long s = 0, m = 0;
                for (int i = 0; i < pairs.Count; i++) { s += x[i]; m += x[i] * pairs[i].Metres; }
                if (best is null || Better((s, m), best.Value)) best = (s, m);
                return;
            }
            var (need, lender, _) = pairs[p];
            int max = Math.Min(world.Needs[need].Quantity - served[need], idle[(lender, world.Needs[need].CategoryId)]);
            for (int units = 0; units <= max; units++)
            {
                x[p] = units;
                served[need] += units;
                Visit(p + 1);
                served[need] -= units;
            }
            x[p] = 0;
        }

        bool Better((long Served, long Metres) a, (long Served, long Metres) b) => lexicographic
            ? a.Served > b.Served || (a.Served == b.Served && a.Metres < b.Metres)
            : a.Metres - a.Served * penalty < b.Metres - b.Served * penalty;

        bool Feasible()
        {
            var load = new Dictionary<(string, string, int), int>();
            for (int i = 0; i < pairs.Count; i++)
            {
                if (x[i] == 0) continue;
                var need = world.Needs[pairs[i].Need];
                for (int day = need.Start.DayNumber; day <= need.End.DayNumber + options.TransportBufferDays; day++)
                {
                    var key = (pairs[i].Lender, need.CategoryId, day);
                    int l = load[key] = load.GetValueOrDefault(key) + x[i];
                    if (l > idle[(pairs[i].Lender, need.CategoryId)]) return false;
                }
            }
            return true;
        }

        Visit(0);
        return best!.Value;
    }
}
