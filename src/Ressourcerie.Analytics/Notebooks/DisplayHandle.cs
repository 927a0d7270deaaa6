namespace Ressourcerie.Analytics.Notebooks;

/// <summary>
/// What <c>display(x)</c> returns in a notebook, as the kernel's <c>DisplayedValue</c> did:
/// <c>Update(y)</c> replaces the shown value in place (e.g. a progress message), so the saved
/// notebook keeps the last one.
/// </summary>
public sealed class DisplayHandle
{
    private readonly Action<object?> _update;

    internal DisplayHandle(Action<object?> update) => _update = update;

    public void Update(object? value) => _update(value);
}
