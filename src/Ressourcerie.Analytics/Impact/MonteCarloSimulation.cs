using MathNet.Numerics.Distributions;
using Ressourcerie.Analytics.Inventories;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// Propagates the factors' uncertainty through a scenario by Monte Carlo. Each iteration draws one
/// standard normal per uncertain factor (in the fixed order of <see cref="ImpactModel.Parameters"/>),
/// turns it into the factor's value with its <see cref="LognormalFactor"/>, and values the scenario
/// from its per-category quantities: O(categories) per iteration whatever the size of the study.
/// </summary>
/// <remarks>
/// The generator is xoshiro256** seeded with the options' seed (<see cref="Xoshiro256Random"/>,
/// MathNet's sequence) and the normals come from MathNet's polar method: the same seed gives the
/// same draws. The draws are taken in one sequence, exactly as a one-thread loop takes them (one
/// vector of standard normals per iteration), block after block, on a second thread while this one
/// values the blocks already drawn; then the series are summarised on every core. Each iteration
/// and each series is computed by itself, in the same arithmetic whatever the thread, so the result
/// does not depend on the number of threads, bit for bit.
/// </remarks>
public static class MonteCarloSimulation
{
    /// <summary>Below this many iterations the whole run is one small loop: no threads.</summary>
    private const int ParallelFrom = 2_000;

    /// <summary>Iterations drawn at a time.</summary>
    private const int DrawBlock = 1_024;

    /// <summary>Blocks of draws kept in memory: the drawing thread may run this far ahead.</summary>
    private const int RingBuffers = 4;

    public static MonteCarloResult Run(ImpactModel model, MonteCarloOptions? options = null)
    {
        options ??= new MonteCarloOptions();
        options.EnsureValid();
        int n = options.Iterations;
        var parameters = model.Parameters;
        var fits = new LognormalFactor[parameters.Count];
        var uncertainList = new List<int>();
        for (int p = 0; p < fits.Length; p++)
        {
            fits[p] = options.Uncertainty ? LognormalFactor.Fit(parameters[p].Range) : new LognormalFactor(parameters[p].Range.Typical, 0, 0);
            if (!fits[p].IsFixed) uncertainList.Add(p);
        }
        int[] uncertain = uncertainList.ToArray();
        int u = uncertain.Length;

        int categories = model.CategoryIds.Count;
        var byCategory = new double[categories][];
        for (int c = 0; c < categories; c++) byCategory[c] = GC.AllocateUninitializedArray<double>(n);
        var avoided = GC.AllocateUninitializedArray<double>(n);
        var transport = GC.AllocateUninitializedArray<double>(n);
        var net = GC.AllocateUninitializedArray<double>(n);

        // Every summary is independent of the others: 3 totals, one per category and the
        // convergence checkpoints (the last checkpoint is the whole series, i.e. the net summary).
        var checkpoints = Checkpoints(n);
        var series = new List<double[]>(3 + categories) { avoided, transport, net };
        series.AddRange(byCategory);
        var summaries = new DistributionSummary[series.Count + checkpoints.Count - 1];

        // Iterations go by blocks. The draws of a block are taken in the generator's order
        // (iteration i of the block uses its normals z[i·u … i·u + u − 1]).
        var rng = new Xoshiro256Random(options.Seed);
        int block = Math.Min(n, DrawBlock);
        int blocks = (n + block - 1) / block;
        var draw = new double[u];
        if (n < ParallelFrom)
        {
            var z = new double[block * u];
            for (int b = 0; b < blocks; b++)
            {
                Draw(z, b);
                Value(z, b);
            }
            for (int j = 0; j < summaries.Length; j++) Summarise(j);
        }
        else
        {
            DrawWhileValuing();
            CoreWorkers.Run(summaries.Length, Summarise);
        }

        // One thread draws the blocks in order into a ring of buffers while this one values them. A
        // dedicated thread rather than Parallel or a task: their first use in a process costs 6 to
        // 15 ms (thread pool and TPL start-up), the length of the whole run.
        void DrawWhileValuing()
        {
            var ring = new double[RingBuffers][];
            for (int r = 0; r < ring.Length; r++) ring[r] = GC.AllocateUninitializedArray<double>(block * u);
            using var free = new SemaphoreSlim(ring.Length);
            using var drawn = new SemaphoreSlim(0);
            bool stopped = false;
            Exception? drawerFailure = null;
            var drawer = new Thread(() =>
            {
                try
                {
                    for (int b = 0; b < blocks; b++)
                    {
                        free.Wait();
                        if (Volatile.Read(ref stopped)) return;
                        Draw(ring[b % ring.Length], b);
                        drawn.Release();
                    }
                }
                catch (Exception failure)
                {
                    drawerFailure = failure;
                    Volatile.Write(ref stopped, true);
                    drawn.Release(blocks);
                }
            }) { IsBackground = true, Name = "Monte Carlo (tirages)" };
            drawer.Start();
            try
            {
                for (int b = 0; b < blocks; b++)
                {
                    drawn.Wait();
                    if (Volatile.Read(ref stopped)) break;
                    Value(ring[b % ring.Length], b);
                    free.Release();
                }
            }
            catch
            {
                Volatile.Write(ref stopped, true);
                free.Release(ring.Length);
                drawer.Join();
                throw;
            }
            drawer.Join();
            if (drawerFailure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(drawerFailure);
        }

        void Draw(double[] z, int b)
        {
            if (u == 0) return;
            int count = Math.Min(block, n - b * block);
            for (int i = 0; i < count; i++)
            {
                Normal.Samples(rng, draw, 0, 1);
                draw.CopyTo(z, i * u);
            }
        }

        void Value(double[] z, int b)
        {
            var values = model.TypicalValues();
            var categoryValues = new double[categories];
            int first = b * block, count = Math.Min(block, n - first);
            for (int j = 0; j < count; j++)
            {
                int i = first + j, row = j * u;
                for (int k = 0; k < u; k++) values[uncertain[k]] = fits[uncertain[k]].At(z[row + k]);
                model.Evaluate(values, categoryValues, out avoided[i], out transport[i]);
                net[i] = avoided[i] - transport[i];
                for (int c = 0; c < categories; c++) byCategory[c][i] = categoryValues[c];
            }
        }

        void Summarise(int j) => summaries[j] = j < series.Count
            ? DistributionSummary.Of(series[j])
            : DistributionSummary.Of(net, checkpoints[j - series.Count]);

        var ids = model.CategoryIds;
        var distributions = new List<CategoryDistribution>(categories);
        for (int c = 0; c < categories; c++)
            distributions.Add(new CategoryDistribution(ids[c], EquipmentTaxonomy.FrenchLabel(ids[c]), summaries[3 + c]));
        var convergence = new List<ConvergencePoint>(checkpoints.Count);
        for (int j = 0; j < checkpoints.Count; j++)
        {
            var s = j < checkpoints.Count - 1 ? summaries[series.Count + j] : summaries[2];
            convergence.Add(new ConvergencePoint(checkpoints[j], s.MeanKgCO2e, s.P5KgCO2e, s.P95KgCO2e, s.StandardErrorKgCO2e));
        }
        return new MonteCarloResult(n, options.Seed, options.Uncertainty, summaries[0], summaries[1], summaries[2], distributions, convergence)
        {
            NetDrawsKgCO2e = Array.AsReadOnly(net),
        };
    }

    /// <summary>10, 20, 50, 100, 200, 500… up to the iteration count, which always closes the list.</summary>
    public static IReadOnlyList<int> Checkpoints(int iterations)
    {
        var points = new List<int>();
        for (long decade = 10; decade < iterations; decade *= 10)
            foreach (int step in new[] { 1, 2, 5 })
                if (decade * step < iterations) points.Add((int)(decade * step));
        points.Add(iterations);
        return points;
    }
}
