using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Ressourcerie.Cli;

/// <summary>
/// Runs <c>ressourcerie</c> itself as a child process (one per notebook): Roslyn never unloads the
/// assemblies a notebook's cells compile to, and a notebook changes the working directory and the
/// console, so each notebook gets a fresh process that ends with it. The child's output is passed on
/// line by line.
/// </summary>
internal static class NotebookChildProcess
{
    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        var cli = typeof(NotebookChildProcess).Assembly.Location;
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(cli);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("impossible de lancer le processus du notebook");
        var gate = new object();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (gate) output.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (gate) error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>
    /// The <c>dotnet</c> host running us: the SDK's when under <c>dotnet run</c>/<c>dotnet test</c>
    /// (it says so in DOTNET_HOST_PATH), the current process when it is <c>dotnet</c>, else the one
    /// that owns this runtime.
    /// </summary>
    private static string DotnetHost()
    {
        var exe = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath)) return hostPath;
        if (Environment.ProcessPath is { } processPath && Path.GetFileName(processPath).Equals(exe, StringComparison.OrdinalIgnoreCase)) return processPath;
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var root = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var candidate = Path.Combine(root, exe);
        return File.Exists(candidate) ? candidate : exe;
    }
}
