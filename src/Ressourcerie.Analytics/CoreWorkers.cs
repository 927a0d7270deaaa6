using System.Runtime.ExceptionServices;

namespace Ressourcerie.Analytics;

/// <summary>
/// Runs independent work items on every core: the calling thread and one dedicated thread per other
/// core take the items in order, each the next one not yet taken, until none is left. This is what
/// <c>Parallel.For</c> does, but its first call costs ≈ 20 ms of CPU in a new process (its event
/// source reads attributes by reflection), as much as clustering a hundred institutions or a whole
/// Monte Carlo run, in commands that live a second. The first exception stops the items not yet
/// started and is rethrown to the caller.
/// </summary>
internal static class CoreWorkers
{
    public static void Run(int count, Action<int> item)
    {
        int next = -1;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            int i;
            while (Volatile.Read(ref failure) is null && (i = Interlocked.Increment(ref next)) < count)
            {
                try
                {
                    item(i);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
                }
            }
        }

        var helpers = new Thread[Math.Max(0, Math.Min(Environment.ProcessorCount, count) - 1)];
        for (int t = 0; t < helpers.Length; t++)
        {
            helpers[t] = new Thread(Work) { IsBackground = true, Name = "Ressourcerie (cœurs)" };
            helpers[t].Start();
        }
        Work();
        foreach (var helper in helpers) helper.Join();
        failure?.Throw();
    }
}
