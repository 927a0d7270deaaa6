namespace Ressourcerie.Analytics.Tests.TestSupport;

/// <summary>A fresh folder under the system temp directory, deleted with its content at the end of the test.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ressourcerie-tests", Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="text"/> with the given encoding (UTF-8 without BOM by default) and returns the path.</summary>
    public string Write(string name, string text, System.Text.Encoding? encoding = null)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, (encoding ?? new System.Text.UTF8Encoding(false)).GetPreamble()
            .Concat((encoding ?? new System.Text.UTF8Encoding(false)).GetBytes(text)).ToArray());
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on Windows: the temp folder is cleaned by the system later.
        }
    }
}
