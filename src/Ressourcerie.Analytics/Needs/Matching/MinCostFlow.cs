namespace Ressourcerie.Analytics.Needs.Matching;

/// <summary>
/// Minimum-cost flow by successive shortest paths (Dijkstra on reduced costs with Johnson
/// potentials, initial potentials by Bellman–Ford since some arcs have negative costs). Augments
/// only while the cheapest path has a negative cost, so it returns the flow of least total cost,
/// not the maximum flow; with integer capacities the flow is integral. Hand-written because none
/// of our packages provides a network-flow solver and the graphs here are small bipartite ones.
/// </summary>
internal sealed class MinCostFlow
{
    private readonly List<int>[] _out;
    private readonly List<int> _to = [];
    private readonly List<int> _capacity = [];
    private readonly List<long> _cost = [];

    public MinCostFlow(int nodes)
    {
        _out = new List<int>[nodes];
        for (int i = 0; i < nodes; i++) _out[i] = [];
    }

    /// <summary>Adds an arc and returns its id (its flow is read with <see cref="Flow"/>).</summary>
    public int AddArc(int from, int to, int capacity, long cost)
    {
        int id = _to.Count;
        _to.Add(to); _capacity.Add(capacity); _cost.Add(cost); _out[from].Add(id);
        _to.Add(from); _capacity.Add(0); _cost.Add(-cost); _out[to].Add(id + 1);
        return id;
    }

    /// <summary>Flow on an arc added by <see cref="AddArc"/>: the residual capacity of its reverse arc.</summary>
    public int Flow(int arc) => _capacity[arc + 1];

    /// <summary>Sends flow from <paramref name="source"/> to <paramref name="sink"/> while it lowers the total cost.</summary>
    public void Solve(int source, int sink)
    {
        int n = _out.Length;
        var potential = BellmanFord(source);
        var distance = new long[n];
        var previousArc = new int[n];
        var queue = new PriorityQueue<int, long>();
        while (true)
        {
            Array.Fill(distance, long.MaxValue);
            Array.Fill(previousArc, -1);
            distance[source] = 0;
            queue.Enqueue(source, 0);
            while (queue.TryDequeue(out int u, out long d))
            {
                if (d > distance[u]) continue;
                foreach (int arc in _out[u])
                {
                    if (_capacity[arc] == 0) continue;
                    int v = _to[arc];
                    if (potential[v] == long.MaxValue) continue;
                    long candidate = d + _cost[arc] + potential[u] - potential[v];
                    if (candidate < distance[v])
                    {
                        distance[v] = candidate;
                        previousArc[v] = arc;
                        queue.Enqueue(v, candidate);
                    }
                }
            }
            if (distance[sink] == long.MaxValue) return;
            long pathCost = distance[sink] - potential[source] + potential[sink];
            if (pathCost >= 0) return;
            for (int v = 0; v < n; v++)
                if (distance[v] != long.MaxValue && potential[v] != long.MaxValue) potential[v] += distance[v];

            int bottleneck = int.MaxValue;
            for (int v = sink; v != source; v = _to[previousArc[v] ^ 1]) bottleneck = Math.Min(bottleneck, _capacity[previousArc[v]]);
            for (int v = sink; v != source; v = _to[previousArc[v] ^ 1])
            {
                _capacity[previousArc[v]] -= bottleneck;
                _capacity[previousArc[v] ^ 1] += bottleneck;
            }
        }
    }

    private long[] BellmanFord(int source)
    {
        int n = _out.Length;
        var distance = new long[n];
        Array.Fill(distance, long.MaxValue);
        distance[source] = 0;
        var inQueue = new bool[n];
        var queue = new Queue<int>();
        queue.Enqueue(source);
        inQueue[source] = true;
        while (queue.TryDequeue(out int u))
        {
            inQueue[u] = false;
            foreach (int arc in _out[u])
            {
                if (_capacity[arc] == 0) continue;
                int v = _to[arc];
                long candidate = distance[u] + _cost[arc];
                if (candidate < distance[v])
                {
                    distance[v] = candidate;
                    if (!inQueue[v]) { inQueue[v] = true; queue.Enqueue(v); }
                }
            }
        }
        return distance;
    }
}
