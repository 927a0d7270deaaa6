using BenchmarkDotNet.Running;

namespace Ressourcerie.Bench;

/// <summary>
/// Two entries: <c>step NAME …</c> runs exactly one step of the toolkit on a data folder and prints
/// its timings as JSON (what bench/compare.sh times against the Python peers); anything else goes to
/// BenchmarkDotNet (<c>--filter '*'</c>, <c>--list flat</c>…).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "step") return StepRunner.Run(args[1..], Console.Out, Console.Error);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Create());
        return 0;
    }
}
